// The vendor log sources (target `events`), in one list for the registry and the conformance of detection.
import type { Source } from './types.js';
import { defenderSource } from './defender/index.js';
import { entraAuditSource } from './entra-audit/index.js';
import { entraSignInSource } from './entra-signin/index.js';
import { githubSource } from './github/index.js';
import { googleSource } from './google/index.js';
import { oktaSource } from './okta/index.js';
import { vpnSource } from './vpn/index.js';

export const eventSources: Source[] = [
  oktaSource, entraSignInSource, entraAuditSource, googleSource, githubSource, defenderSource,
  // Without a mapping file the VPN source only claims files whose header has time, user and IP columns.
  vpnSource(),
] as Source[];
