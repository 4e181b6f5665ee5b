import { OrderLoader } from './OrderLoader.js';
import type { OrderPreset } from './OrderPreset.js';

/**
 * For tests: loads comma-separated lines (no quoting; the first is the header, line n is index
 * n - 1) with a preset, as a file would be.
 */
export function loadLines(preset: OrderPreset, lines: string[], source = 'orders.csv') {
  const [header, ...rows] = lines.map((l) => l.split(','));
  const loader = new OrderLoader(preset, header!, source);
  rows.forEach((values, i) => loader.addRow(values, i + 2));
  return loader.finish();
}
