import { productGroup } from '../catalog/index.js';
import { FeedbackIndex, outcomeAfter } from '../feedback/index.js';
import { basePrice } from '../pricing/index.js';
import { formatDate } from '../prep/index.js';
import type { Promotion } from '../promotions/index.js';
import { QuantityGuard } from '../quantity/index.js';
import type { BusinessRules } from '../rules/index.js';
import type { EngineParts } from './EngineParts.js';
import type { OptimalOrderOptions } from './fitOptimalOrder.js';

/** What every customer's proposal reads besides its own orders, worked out once per fit. */
export interface ProposalSetup {
  parts: EngineParts;
  options: OptimalOrderOptions;
  rules: BusinessRules;
  locale: string;
  /** Products no rule lets into an order. */
  excluded: ReadonlySet<string>;
  /** Promotions valid on the as-of date: most lines then have none to look through. */
  live: readonly Promotion[];
  feedback: FeedbackIndex | undefined;
  /** Each product's group (`productGroup`), by index. */
  groups: readonly string[];
  /** A product's name, its id when unnamed. */
  nameOf(p: number): string;
  /** Everyone's base price of a product (by id); null when unknown. */
  typicalPrice(productId: string): number | null;
  /** Rounds proposed quantities to their usual multiple and flags unusual ones (`QuantityGuard`). */
  quantities: QuantityGuard;
}

/** The proposal setup of fitted parts under the options. */
export function proposalSetup(parts: EngineParts, options: OptimalOrderOptions): ProposalSetup {
  const { past, asOf, book } = parts;
  const rules = options.rules ?? {};
  const day = formatDate(asOf);
  return {
    parts,
    options,
    rules,
    locale: options.locale ?? 'en',
    excluded: new Set((rules.excludedProducts ?? []).flatMap((r) => r.productIds)),
    live: (options.promotions ?? []).filter((p) => p.validFrom <= day && day <= p.validTo),
    feedback: options.feedback?.length ? new FeedbackIndex(options.feedback, asOf, outcomeAfter(past)) : undefined,
    groups: past.productIds.map(productGroup),
    nameOf: (p) => parts.productNames[p] || past.productIds[p]!,
    typicalPrice: (productId) => {
      const p = past.productIndex.get(productId);
      return p === undefined ? null : (basePrice(book, -1, p)?.value ?? null);
    },
    quantities: new QuantityGuard(past, parts.quantities),
  };
}
