// Google Workspace Reports activities (login, admin, token, …) → one normalized event per activity event.
import type { NormalizedEvent } from '../../model/event.js';
import { jsonEventSource, type EventDraft, type JsonEventSourceSpec } from '../event-source/json-event-source.js';
import { flag } from '../event-source/values.js';
import type { Source } from '../types.js';
import { googleCategory } from './categories.js';
import { GoogleActivity, type GoogleParameter } from './schema.js';

/** Reports parameters are typed slots ({name, value|intValue|boolValue|multiValue…}); flatten to name → value. */
export function flattenParameters(params: GoogleParameter[] | null | undefined): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const p of params ?? []) {
    out[p.name] = p.value ?? p.boolValue ?? p.intValue ?? p.multiValue ?? p.multiIntValue ?? p.messageValue ?? p.multiMessageValue ?? null;
  }
  return out;
}

const asList = (v: unknown): string[] | null => (Array.isArray(v) ? v.map(String) : typeof v === 'string' ? [v] : null);

export function mapGoogle(a: GoogleActivity): EventDraft[] {
  const app = a.id.applicationName ?? 'unknown';
  return a.events.map((ev, i) => {
    const params = flattenParameters(ev.parameters);
    const category = googleCategory(app, ev.name, params);
    const attrs: Record<string, unknown> = {
      application: app, eventGroup: ev.type ?? null, parameters: params,
      callerType: a.actor?.callerType ?? null, ownerDomain: a.ownerDomain ?? null,
    };
    let outcome: EventDraft['outcome'] = 'unknown';
    let target: string | null = null;
    let mfaFactor: string | null = null;
    if (app === 'login') {
      attrs.loginType = params.login_type ?? null;
      attrs.challengeMethods = asList(params.login_challenge_method);
      attrs.isSuspicious = flag(params.is_suspicious);
      outcome = ev.name === 'login_success' || ev.name === 'logout' ? 'success' : ev.name === 'login_failure' ? 'failure' : 'unknown';
      if (ev.name === 'login_challenge' || ev.name === 'login_verification') {
        const status = String(params.login_challenge_status ?? params.verification_status ?? '').toLowerCase();
        outcome = status.includes('pass') ? 'success' : status.includes('fail') ? 'failure' : 'unknown';
      }
      const methods = asList(params.login_challenge_method ?? params.verification_method);
      mfaFactor = methods?.find((m) => m !== 'password') ?? null;
      if (category === 'auth.mfa_change') mfaFactor = ev.name.replace(/_(enroll|disable|unenroll|edit)$/, '');
    }
    if (app === 'admin') {
      target = (params.USER_EMAIL as string) ?? (params.GROUP_EMAIL as string) ?? null;
      if (params.ROLE_NAME) attrs.role = params.ROLE_NAME;
      if (category === 'iam.privilege_grant' || category === 'iam.privilege_revoke') {
        attrs.privileged = /admin|super/i.test(String(params.ROLE_NAME ?? 'admin'));
      }
      if (params.GROUP_EMAIL) attrs.group = params.GROUP_EMAIL;
      if (params.SETTING_NAME) attrs.setting = params.SETTING_NAME;
      outcome = 'success';
    }
    if (app === 'token') {
      attrs.appName = params.app_name ?? null;
      attrs.clientId = params.client_id ?? null;
      attrs.tokenScopes = asList(params.scope);
      target = (params.app_name as string) ?? null;
      outcome = 'success';
    }
    if (app === 'drive') {
      target = (params.doc_title as string) ?? (params.doc_id as string) ?? null;
      attrs.docId = params.doc_id ?? null;
      attrs.visibility = params.visibility ?? null;
      outcome = 'success';
    }
    const net = a.networkInfo;
    return {
      time: a.id.time,
      timeField: 'id.time',
      // One activity can hold several events; the index keeps each one's id distinct and stable.
      sourceEventId: a.id.uniqueQualifier != null && a.id.time != null
        ? `${app}:${String(a.id.time)}:${String(a.id.uniqueQualifier)}:${i}` : null,
      type: ev.name,
      category,
      outcome,
      actor: a.actor?.email ?? null,
      actorId: a.actor?.profileId ?? null,
      target,
      targetType: app === 'admin' && params.USER_EMAIL ? 'user' : app === 'token' ? 'oauth_app' : app === 'drive' ? 'document' : null,
      ip: a.ipAddress ?? null,
      mfaFactor,
      vendorGeo: net ? { country: net.regionCode ?? null, region: net.subdivisionCode ?? null, asn: net.ipAsn?.[0] ?? null } : null,
      attrs,
    };
  });
}

export const googleSpec: JsonEventSourceSpec<GoogleActivity> = {
  name: 'google',
  source: 'google',
  schema: GoogleActivity,
  matches(r) {
    if (r.kind === 'admin#reports#activity') return 0.95;
    const id = r.id as Record<string, unknown> | undefined;
    return id && typeof id === 'object' && 'applicationName' in id && Array.isArray(r.events) ? 0.8 : 0;
  },
  map: (a) => mapGoogle(a),
};

export const googleSource: Source<NormalizedEvent> = jsonEventSource(googleSpec);
