// Every CLI sub-command, registered in this order. Add a command module here.
import type { Command } from 'commander';

export type RegisterCommand = (program: Command) => void;

export const commandModules: (() => Promise<{ register: RegisterCommand }>)[] = [
  () => import('./pull.js'),
  () => import('./clusters.js'),
  () => import('./data.js'),
  () => import('./lookup.js'),
  () => import('./rules.js'),
  () => import('./analyze.js'),
  () => import('./alerts.js'),
  () => import('./screen.js'),
  () => import('./simulate.js'),
  () => import('./evaluate.js'),
  () => import('./settings.js'),
  () => import('./demo.js'),
  () => import('./identity.js'),
  () => import('./worker.js'),
  () => import('./db.js'),
  () => import('./share.js'),
  () => import('./respond.js'),
  () => import('./notify.js'),
  () => import('./audit.js'),
  () => import('./keys.js'),
];
