// Delivers one message to one channel: signed JSON webhook, Slack-compatible incoming webhook, or SMTP e-mail;
// HTTP deliveries retry with exponential back-off on network errors, 429 and 5xx.
import { createHmac, timingSafeEqual } from 'node:crypto';
import nodemailer from 'nodemailer';
import type { NotifyConfig, ResolvedChannel } from './config.js';

export const SIGNATURE_HEADER = 'x-trustline-signature';
export const TIMESTAMP_HEADER = 'x-trustline-timestamp';

/** `v1=` HMAC-SHA256 over `<timestamp>.<body>`: the timestamp is signed so a captured request cannot be replayed later. */
export function signWebhook(secret: string, timestamp: number, body: string): string {
  return `v1=${createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex')}`;
}

/** For receivers (and tests): checks the signature and that the timestamp is within the tolerance. */
export function verifyWebhook(secret: string, timestamp: string | undefined, body: string, signature: string | undefined, nowMs = Date.now(), toleranceSec = 300): boolean {
  const ts = Number(timestamp);
  if (!Number.isInteger(ts) || !signature || Math.abs(nowMs / 1000 - ts) > toleranceSec) return false;
  const want = Buffer.from(signWebhook(secret, ts, body));
  const got = Buffer.from(signature);
  return want.length === got.length && timingSafeEqual(want, got);
}

export interface Message {
  subject: string;
  text: string;
  /** The machine-readable payload webhooks receive. */
  payload: Record<string, unknown>;
}

export interface DeliveryResult { ok: boolean; attempts: number; error: string | null }

type Retry = NotifyConfig['retry'];
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function postWithRetry(url: string, body: string, headers: () => Record<string, string>, retry: Retry): Promise<DeliveryResult> {
  let error = '';
  for (let attempt = 1; attempt <= retry.attempts; attempt++) {
    try {
      const res = await fetch(url, { method: 'POST', body, headers: { 'content-type': 'application/json', ...headers() }, signal: AbortSignal.timeout(retry.timeoutMs) });
      await res.arrayBuffer().catch(() => undefined);
      if (res.ok) return { ok: true, attempts: attempt, error: null };
      error = `HTTP ${res.status}`;
      // A 4xx other than 429 will not change by retrying (bad URL, revoked hook, rejected signature).
      if (res.status < 500 && res.status !== 429) return { ok: false, attempts: attempt, error };
    } catch (e) {
      error = (e as Error).name === 'TimeoutError' ? 'timeout' : `network error: ${(e as Error).message}`;
    }
    if (attempt < retry.attempts) await sleep(Math.min(retry.maxDelayMs, retry.baseDelayMs * 2 ** (attempt - 1)));
  }
  return { ok: false, attempts: retry.attempts, error };
}

export async function deliver(channel: ResolvedChannel, msg: Message, retry: Retry, clock: () => number = Date.now): Promise<DeliveryResult> {
  if (channel.type === 'webhook') {
    const body = JSON.stringify(msg.payload);
    // Signed per attempt: a retry carries a fresh timestamp, so receivers' replay windows stay tight.
    return postWithRetry(channel.url, body, () => {
      const ts = Math.floor(clock() / 1000);
      return { [TIMESTAMP_HEADER]: String(ts), [SIGNATURE_HEADER]: signWebhook(channel.secret, ts, body) };
    }, retry);
  }
  if (channel.type === 'slack') {
    return postWithRetry(channel.url, JSON.stringify({ text: `*${msg.subject}*\n${msg.text}` }), () => ({}), retry);
  }
  const transport = nodemailer.createTransport({
    host: channel.host, port: channel.port, secure: channel.secure, requireTLS: !channel.secure && channel.requireTLS,
    ignoreTLS: !channel.secure && !channel.requireTLS,
    auth: channel.user ? { user: channel.user, pass: channel.password ?? '' } : undefined,
    connectionTimeout: retry.timeoutMs, greetingTimeout: retry.timeoutMs, socketTimeout: retry.timeoutMs,
  });
  let error = '';
  try {
    for (let attempt = 1; attempt <= retry.attempts; attempt++) {
      try {
        await transport.sendMail({ from: channel.from, to: channel.to, subject: msg.subject, text: msg.text });
        return { ok: true, attempts: attempt, error: null };
      } catch (e) {
        const code = (e as { responseCode?: number }).responseCode;
        error = `${code ? `SMTP ${code}: ` : ''}${(e as Error).message}`;
        // 5xx SMTP replies are permanent (bad recipient, auth refused); 4xx and network errors are worth retrying.
        if (code !== undefined && code >= 500) return { ok: false, attempts: attempt, error };
        if (attempt < retry.attempts) await sleep(Math.min(retry.maxDelayMs, retry.baseDelayMs * 2 ** (attempt - 1)));
      }
    }
    return { ok: false, attempts: retry.attempts, error };
  } finally {
    transport.close();
  }
}
