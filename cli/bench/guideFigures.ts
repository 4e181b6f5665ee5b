import {
  catalogFromHistory,
  compileCatalog,
  familiarity,
  guideProducts,
  purchaseIndex,
  simulatedAnswers,
  type CatalogProduct,
  type OrderHistory,
  type Questionnaire,
} from '../../engine/index.js';
import { percentile } from './percentile.js';

/** Products in the catalog the guide is timed on: the target size. */
export const GUIDE_BENCH_PRODUCTS = 5000;
/** Accounts interviewed: enough answers for a p95 (about five answers each). */
const ACCOUNTS = 40;

/** Per-answer latency of the guide (one `guideProducts` call: results, relaxations, next question). */
export interface GuideFigures {
  products: number;
  answers: number;
  p50: number;
  p95: number;
  max: number;
}

/**
 * Times the guide as the widget's worker calls it: the shared data's catalog grown to
 * `GUIDE_BENCH_PRODUCTS` (each product copied with a new id and its price moved by a fixed step,
 * until there are enough), the account's familiarity computed once, then for each of `ACCOUNTS`
 * accounts (after one untimed pass over them) an interview in the guide's own order: ask `nextQuestion`, answer it as the account's
 * last order would (`simulatedAnswers`; skipped when that says nothing), one call per answer.
 */
export function guideFigures(history: OrderHistory, questionnaire: Questionnaire): GuideFigures {
  const catalog = compileCatalog(grown(catalogFromHistory(history), GUIDE_BENCH_PRODUCTS), questionnaire.attributes);
  const index = purchaseIndex(history);
  const at = new Map(catalog.productIds.map((id, i) => [id, i]));
  const times: number[] = [];
  const step = Math.max(1, Math.floor(history.customerIds.length / ACCOUNTS));
  // One warm-up pass over the accounts (the worker's code is compiled once per session), then timed.
  for (const timed of [false, true]) {
    for (let c = 0; c < history.customerIds.length; c += step) interview(c, timed ? times : []);
  }
  return { products: catalog.productIds.length, answers: times.length, p50: percentile(times, 50), p95: percentile(times, 95), max: Math.max(...times) };

  function interview(c: number, times: number[]): void {
    const last = history.basketStart[c + 1]! - 1;
    if (last < history.basketStart[c]!) return;
    const basket = [...history.itemProduct.subarray(history.itemStart[last]!, history.itemStart[last + 1]!)].map((p) => at.get(history.productIds[p]!)!);
    const wanted = simulatedAnswers(catalog, questionnaire, basket);
    const familiar = familiarity(index, history.customerIds[c]!, catalog.productIds);
    const answers: Record<string, string | null> = {};
    for (let question: string | null = null, first = true; first || question !== null; first = false) {
      if (question !== null) answers[question] = wanted[question] ?? null;
      const start = performance.now();
      question = guideProducts(catalog, questionnaire, answers, { k: 10, familiarity: familiar }).nextQuestion;
      times.push(performance.now() - start);
    }
  }
}

/** The catalog with copies of its products (ids suffixed ~2, ~3, …; prices 3 % dearer per copy) up to `size`. */
function grown(products: CatalogProduct[], size: number): CatalogProduct[] {
  const out = [...products];
  for (let copy = 2; out.length < size; copy++) {
    for (const p of products) {
      if (out.length >= size) break;
      out.push({ ...p, productId: `${p.productId}~${copy}`, price: p.price * (1 + 0.03 * (copy - 1)) });
    }
  }
  return out;
}

/** The bench's line for the guide. */
export function formatGuideFigures(f: GuideFigures): string {
  return `guide, one call per answer (results, relaxations, next question), ${f.products} products, ${f.answers} answers: p50 ${f.p50.toFixed(1)} ms, p95 ${f.p95.toFixed(1)} ms (target ≤ 20), max ${f.max.toFixed(1)} ms`;
}
