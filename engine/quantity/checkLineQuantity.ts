import type { QuantityGuard } from './QuantityGuard.js';
import type { QuantityNote } from './QuantityNote.js';

/** A candidate line as far as its quantity goes (the optimal order's `ModelLine` is one). */
export interface QuantityLine {
  product: number;
  quantity: number;
  quantityNotes?: readonly QuantityNote[];
}

/**
 * Puts customer `c`'s candidate `line` through the guard, in place: its quantity becomes the
 * guard's (whole units, rounded to the usual multiple) and `quantityNotes` what the guard noticed
 * (left unset when nothing). In place, so a line's reason, built only when read, stays unbuilt.
 */
export function checkLineQuantity(guard: QuantityGuard, c: number, line: QuantityLine): void {
  const advice = guard.check(c, line.product, line.quantity);
  line.quantity = advice.quantity;
  if (advice.notes.length > 0) line.quantityNotes = advice.notes;
}
