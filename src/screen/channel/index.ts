export { channelFindings } from './channel-findings.js';
