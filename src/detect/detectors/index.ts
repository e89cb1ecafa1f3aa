// Every stateful detector, built with its configuration: the default set the analyzer runs.
import type { Detector, DetectorConfig } from '../types.js';
import { farFromResidence } from './far-from-residence.js';
import { ipVelocity } from './ip-velocity.js';
import { networkChurn } from './network-churn.js';
import { impossibleTravel } from './impossible-travel.js';
import { concurrentSessions } from './concurrent-sessions.js';
import { activityHours } from './activity-hours.js';
import { nightSwitching } from './night-switching.js';
import { sharedDevice } from './shared-device.js';
import { sharedIp } from './shared-ip.js';
import { rmmMulti } from './rmm-multi.js';
import { keystrokeLatency } from './keystroke-latency.js';
import { earlyTenure } from './early-tenure.js';
import { massDownload } from './mass-download.js';
import { artifactSurge } from './artifact-surge.js';
import { rareDownloadKind } from './rare-download-kind.js';
import { longSession } from './long-session.js';
import { postTermination } from './post-termination.js';

export { metricEvent, METRIC_EVENT_TYPE } from './keystroke-latency.js';
export {
  farFromResidence, ipVelocity, networkChurn, impossibleTravel, concurrentSessions, activityHours, nightSwitching, sharedDevice, sharedIp,
  rmmMulti, keystrokeLatency, earlyTenure, massDownload, artifactSurge, rareDownloadKind, longSession, postTermination,
};

export function defaultDetectors(cfg: DetectorConfig = {}): Detector<any>[] {
  return [
    farFromResidence(cfg['far-from-residence']), ipVelocity(cfg['ip-velocity']), networkChurn(cfg['network-churn']),
    impossibleTravel(cfg['impossible-travel']), concurrentSessions(cfg['concurrent-sessions']), activityHours(cfg['activity-hours']), nightSwitching(cfg['night-switching']),
    sharedDevice(cfg['shared-device']), sharedIp(cfg['shared-ip']), rmmMulti(cfg['rmm-multi']), keystrokeLatency(cfg['keystroke-latency']),
    earlyTenure(cfg['early-tenure']), massDownload(cfg['mass-download']), artifactSurge(cfg['artifact-surge']), rareDownloadKind(cfg['rare-download-kind']), longSession(cfg['long-session']), postTermination(),
  ];
}

/** Alert rule ids the detectors raise (for documentation and for checking correlation references). */
export const DETECTOR_RULE_IDS = [
  'far-from-residence', 'ip-velocity', 'many-networks-one-day', 'network-churn', 'impossible-travel', 'concurrent-sessions', 'activity-timezone-mismatch',
  'holiday-pattern', 'night-day-switching', 'shared-device', 'shared-residential-ip', 'rmm-multiple-tools', 'keystroke-latency',
  'early-tenure-sensitive-changes', 'mass-download', 'artifact-access-surge', 'uncommon-bulk-download', 'round-the-clock-account', 'multi-day-session', 'activity-after-termination',
] as const;
