import { premiumVariant } from '../development/index.js';
import type { Reason } from '../explain/index.js';
import { applyFeedback } from '../feedback/index.js';
import { DEFAULT_EXTENSION_SETTINGS, type FittedExtensionModel } from '../models/index.js';
import { candidateLine, type ModelLine } from './candidateLine.js';
import type { ProposalSetup } from './ProposalSetup.js';

/** Never-bought products asked of the extension model per order (at most 3 novelties are shown by default). */
const EXTENSION_CANDIDATES = 10;

/**
 * The candidate-lines step for products customer `c` has never bought (`own` holds those it has):
 * the extension model's best, each a development line when it is a dearer variant of a product
 * of the same group it buys (premium variant), else an extension line with the model's evidence
 * (cross-sell) as reason; after the reps' feedback.
 */
export function noveltyCandidates(s: ProposalSetup, c: number, own: ReadonlyMap<number, number>): ModelLine[] {
  const { past, extension } = s.parts;
  const boughtByGroup = new Map<string, string[]>();
  for (const p of own.keys()) {
    const same = boughtByGroup.get(s.groups[p]!);
    if (same) same.push(past.productIds[p]!);
    else boughtByGroup.set(s.groups[p]!, [past.productIds[p]!]);
  }
  const lines = extension.recommend(c, EXTENSION_CANDIDATES).map((r) => {
    const productId = past.productIds[r.product]!;
    const premium = premiumVariant(productId, boughtByGroup.get(s.groups[r.product]!) ?? [], s.typicalPrice);
    return premium
      ? candidateLine(r.product, productId, 'development', r.probability, r.quantity, () => ({ code: 'premium-variant', of: s.nameOf(past.productIndex.get(premium.of)!), dearerBy: premium.dearerBy }))
      : candidateLine(r.product, productId, 'extension', r.probability, r.quantity, () => crossSellReason(extension, c, r.product, s.nameOf));
  });
  return s.feedback ? applyFeedback(past.customerIds[c]!, lines, s.feedback) : lines;
}

/** The extension model's evidence as a reason, products by name. */
function crossSellReason(model: FittedExtensionModel, c: number, p: number, nameOf: (p: number) => string): Reason {
  const e = model.evidence(c, p);
  return { code: 'cross-sell', because: e.because.map(nameOf), recentBuyers: e.recentBuyers, withinDays: DEFAULT_EXTENSION_SETTINGS.popularityWindowDays };
}
