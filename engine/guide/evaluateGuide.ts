import { catalogFromHistory } from '../catalog/index.js';
import type { NextBasketSplit } from '../evaluate/index.js';
import { compileAnswers } from './compileNeeds.js';
import { compileCatalog } from './compileCatalog.js';
import { familiarity, purchaseIndex, type Familiarity, type PurchaseIndex } from './familiarity.js';
import type { GuideCatalog } from './GuideCatalog.js';
import { guideProducts } from './guideProducts.js';
import { shortfall } from './needSatisfaction.js';
import type { Answers, Questionnaire } from './Questionnaire.js';
import { simulatedAnswers } from './simulatedAnswers.js';

/** One method's figures over the target customers: hit rate@k (a target product among the k), recall@k. */
export interface GuideEvaluationRow {
  method: string;
  hitRate: number;
  recall: number;
  /** Mean number of products listed (CPQ filtering may list fewer than k, or none). */
  listed: number;
}

/** A method of the comparison: the ranked catalog indexes for one customer's answers. */
type Method = (catalog: GuideCatalog, answers: Answers, familiar: Familiarity) => number[];

/**
 * Guided selling on the next-basket protocol: the catalog is built from the orders before the
 * cut-off; each target customer is interviewed by `simulatedAnswers` about its next order (the
 * target products in the catalog), then ranked by (a) CPQ-style filtering (products meeting every
 * answer's needs exactly) ordered by popularity (customers who bought it), (b) the guide without
 * the history blend, (c) the guide, (d) the guide with the account taken as new (its blend is
 * everyone's purchases), and, for reference, (e) familiarity alone (no answers).
 * Customers whose next order has no product of the catalog are left out.
 */
export function evaluateGuide(split: NextBasketSplit, questionnaire: Questionnaire, k = 10): { rows: GuideEvaluationRow[]; customers: number; answered: number } {
  const catalog = compileCatalog(catalogFromHistory(split.train), questionnaire.attributes);
  const index = purchaseIndex(split.train);
  const at = new Map(catalog.productIds.map((id, i) => [id, i]));
  const everyone = familiarity(index, null, catalog.productIds);
  const rank = (c: GuideCatalog, a: Answers, f: Familiarity | null) => guideProducts(c, questionnaire, a, { k, familiarity: f, ask: false }).results.map((r) => at.get(r.productId)!);
  const methods: [string, Method][] = [
    ['CPQ-style: filter, then popularity', (c, a) => cpqFilter(c, questionnaire, a, index, k)],
    ['guide without the history blend', (c, a) => rank(c, a, null)],
    ['guide (history blend 0.05)', (c, a, f) => rank(c, a, f)],
    ['guide, the account taken as new (blend: everyone)', (c, a) => rank(c, a, everyone)],
    ['familiarity alone (no answers)', (c, _a, f) => rank(c, {}, f)],
  ];
  const totals = methods.map(() => ({ hits: 0, recall: 0, listed: 0 }));
  let customers = 0;
  let answered = 0;
  for (const target of split.targets) {
    const wanted = [...target.products].map((p) => at.get(split.train.productIds[p]!)).filter((p): p is number => p !== undefined);
    if (wanted.length === 0) continue;
    customers++;
    const answers = simulatedAnswers(catalog, questionnaire, wanted);
    answered += Object.keys(answers).length;
    const set = new Set(wanted);
    const familiar = familiarity(index, split.train.customerIds[target.customer]!, catalog.productIds);
    methods.forEach(([, method], m) => {
      const list = method(catalog, answers, familiar).slice(0, k);
      const hits = list.filter((p) => set.has(p)).length;
      totals[m]!.hits += hits > 0 ? 1 : 0;
      totals[m]!.recall += hits / target.products.length;
      totals[m]!.listed += list.length;
    });
  }
  const rows = methods.map(([method], m) => ({ method, hitRate: totals[m]!.hits / customers, recall: totals[m]!.recall / customers, listed: totals[m]!.listed / customers }));
  return { rows, customers, answered: answered / Math.max(1, customers) };
}

/** CPQ guided selling: the products that meet every need exactly (no tolerance, no partial credit), most bought first. */
function cpqFilter(catalog: GuideCatalog, questionnaire: Questionnaire, answers: Answers, index: PurchaseIndex, k: number): number[] {
  const needs = compileAnswers(catalog, questionnaire, answers);
  const buyers = (p: number) => {
    const h = index.productIndex.get(catalog.productIds[p]!);
    return h === undefined ? 0 : index.buyerStart[h + 1]! - index.buyerStart[h]!;
  };
  const kept: number[] = [];
  for (let p = 0; p < catalog.productIds.length; p++) if (needs.every((n) => shortfall(n, p) === 0)) kept.push(p);
  return kept.sort((a, b) => buyers(b) - buyers(a) || a - b).slice(0, k);
}
