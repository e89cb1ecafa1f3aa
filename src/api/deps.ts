// What the HTTP layer needs from the rest of the product, passed in (never imported globally).
import type { Env } from '../config/env.js';
import type { Source } from '../sources/types.js';
import type { Database } from '../store/db.js';

export interface ApiDeps {
  env: Env;
  database: Database;
  sources: Source[];
  rejectsDir: string;
  version: string;
}
