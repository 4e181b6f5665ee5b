import { formatLoadReport, type OrderHistory, type PresetName } from '../engine/index.js';
import { rowCounter } from './progress.js';
import { readOrderFile } from './readOrderFile.js';

/** Reads an order file for a command: progress and the load report on stderr, the history back. */
export async function readOrders(path: string, preset: PresetName, stderr: NodeJS.WriteStream): Promise<OrderHistory> {
  const { history, report } = await readOrderFile(path, { preset, onProgress: rowCounter(stderr, `reading ${path}`) });
  if (stderr.isTTY) stderr.write('\n');
  stderr.write(formatLoadReport(report) + '\n');
  return history;
}
