import { DEFAULT_HABITUAL_SETTINGS, habitualNeighbours, neighbourRecall, sliceHistory } from '../../engine/index.js';
import { readOrderFile } from '../readOrderFile.js';

/** Above this scale the exact search (all pairs) is not run: it is the quadratic cost the pruned search removes. */
export const MAX_EXACT_SCALE = 10;

/**
 * The recall of the habitual model's neighbour search against the exact one (`neighbourRecall`,
 * `postingsPerNeighbour: Infinity`) on the customers of an order file as of `asOf`, with both
 * searches' times: the synthetic org's file, so perturbed clones are searched, not exact copies.
 */
export async function scaleRecall(file: string, asOf: number): Promise<{ recall: number; exactMs: number; prunedMs: number }> {
  const { history } = await readOrderFile(file, { preset: 'online-retail' });
  const past = sliceHistory(history, { before: asOf });
  let start = performance.now();
  const exact = habitualNeighbours(past, DEFAULT_HABITUAL_SETTINGS, { postingsPerNeighbour: Infinity });
  const exactMs = performance.now() - start;
  start = performance.now();
  const pruned = habitualNeighbours(past, DEFAULT_HABITUAL_SETTINGS);
  const prunedMs = performance.now() - start;
  return { recall: neighbourRecall(exact, pruned), exactMs, prunedMs };
}
