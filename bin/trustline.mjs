#!/usr/bin/env node
// Entry point: runs the TypeScript CLI through tsx so `npx trustline` works right after `npm ci`.
import { register } from 'tsx/esm/api';
register();
const { main } = await import('../src/cli/main.ts');
process.exitCode = await main(process.argv);
