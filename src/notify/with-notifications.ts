// Wraps one analysis run with notifications: snapshot the stored scores and clusters, run, snapshot again, notify.
// A failing channel never fails the analysis: its outcome is returned (and logged in notification_log).
import type { Db } from '../store/db.js';
import type { NotifyConfig } from './config.js';
import { notifyAfterAnalysis, takeNotifySnapshot, type ChannelOutcome } from './notify-after-analysis.js';

export async function analyseAndNotify<T>(db: Db, tenantId: string, config: NotifyConfig | null, run: () => Promise<T>): Promise<{ result: T; notifications: ChannelOutcome[]; notifyError: string | null }> {
  if (!config || !config.enabled || config.channels.length === 0) return { result: await run(), notifications: [], notifyError: null };
  const before = await takeNotifySnapshot(db, tenantId);
  const result = await run();
  try {
    const after = await takeNotifySnapshot(db, tenantId);
    return { result, notifications: await notifyAfterAnalysis(db, tenantId, before, after, config), notifyError: null };
  } catch (e) {
    // Only the error's name: a message could echo a URL carrying a secret.
    return { result, notifications: [], notifyError: (e as Error).name };
  }
}
