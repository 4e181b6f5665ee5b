import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import type { SeedLine } from './SeedLine.js';
import { seedLinesFromCsv } from './seedLinesFromCsv.js';

/** The shared Online Retail file at `path` (gzipped CSV) as seed lines (see `seedLinesFromCsv`). */
export function sharedDataSeed(path: string, options: { maxCustomers?: number } = {}): SeedLine[] {
  return seedLinesFromCsv(gunzipSync(readFileSync(path)).toString('utf8'), options);
}
