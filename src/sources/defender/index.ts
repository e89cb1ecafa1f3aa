// Microsoft Defender for Endpoint advanced hunting.
export { defenderSource, defenderSpec, mapDefender, tableOf, usbIds, TABLES } from './defender-source.js';
