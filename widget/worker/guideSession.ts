import type { GuideData, OrderLineRecord, ProductSummary } from '../../connector/index.js';
import { historyFromOrgLines } from '../../connector/index.js';
// From the guide's own public face: engine/index.ts re-exports several folders, and a name two of them export is ambiguous there.
import { compileCatalog, familiarity, guideProducts, localText, purchaseIndex, questionnaireFromRecords, type Answers, type Familiarity, type GuideCatalog, type Questionnaire } from '../../engine/guide/index.js';
import type { GuideAnswer, GuideSetup } from './guideViews.js';

/** The guide as compiled once per worker session: questionnaire, catalog in columns, products by id for adding to an order. */
export interface PreparedGuide {
  questionnaire: Questionnaire;
  catalog: GuideCatalog;
  products: Map<string, ProductSummary>;
  ignored: GuideData['ignored'];
}

/** The org's guide data compiled: the questionnaire from its records (an invalid one throws `BAD_QUESTIONNAIRE`, naming the record), the catalog in columns. */
export function prepareGuide(data: GuideData): PreparedGuide {
  const questionnaire = questionnaireFromRecords(data.attributes, data.questions, data.options, 'the guided-selling custom metadata');
  const catalog = compileCatalog(data.products, questionnaire.attributes);
  const products = new Map(data.products.map((p) => [p.productId, { id: p.product2Id, productId: p.productId, name: p.name, pricebookEntryId: p.pricebookEntryId, listPrice: p.price, unitCost: p.unitCost }] as const));
  return { questionnaire, catalog, products, ignored: data.ignored };
}

/** The questionnaire's language for a page's locale: Spanish for any `es` locale, else English. */
export function guideLocale(locale: string): 'en' | 'es' {
  return /^es\b/i.test(locale) ? 'es' : 'en';
}

/** The questions in the page's language, and what the admin should know. */
export function guideSetup(guide: PreparedGuide, pageLocale: string): GuideSetup {
  const locale = guideLocale(pageLocale);
  return {
    questions: guide.questionnaire.questions.map((q) => ({ id: q.id, text: localText(q.text, locale), options: q.options.map((o) => ({ id: o.id, label: localText(o.label, locale) })) })),
    products: guide.catalog.productIds.length,
    ignored: guide.ignored,
  };
}

/**
 * How familiar each catalog product is to the account, from its own order lines (the account
 * view's): the worker holds no other customer's orders, so the similar-customer share is none and
 * an account without orders gets no blend (null).
 */
export function accountFamiliarity(guide: PreparedGuide, accountId: string, lines: readonly OrderLineRecord[]): Familiarity | null {
  if (lines.length === 0) return null;
  const { history } = historyFromOrgLines(lines.map((l) => ({ ...l, accountId })));
  return familiarity(purchaseIndex(history), accountId, guide.catalog.productIds);
}

/** One call per answer: the ranked, explained products, the relaxations with the dropped answers' labels, the next question. */
export function answerGuide(guide: PreparedGuide, familiar: Familiarity | null, answers: Answers, pageLocale: string, k = 10): GuideAnswer {
  const { questionnaire } = guide;
  const locale = guideLocale(pageLocale);
  const result = guideProducts(guide.catalog, questionnaire, answers, { k, locale, familiarity: familiar });
  const labelOf = (questionId: string) => {
    const question = questionnaire.questions.find((q) => q.id === questionId);
    const option = question?.options.find((o) => o.id === answers[questionId]);
    return option ? localText(option.label, locale) : questionId;
  };
  return {
    results: result.results.map(({ productId, score, fits, pros, cons, reason }) => ({ product: guide.products.get(productId)!, score, fits, pros, cons, reason })),
    relaxations: result.relaxations.map((r) => ({ drop: r.drop, labels: r.drop.map(labelOf), admits: r.admits })),
    nextQuestion: result.nextQuestion,
    fitting: result.fitting,
  };
}
