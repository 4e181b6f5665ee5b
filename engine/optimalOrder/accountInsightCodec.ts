import { EngineError } from '../EngineError.js';
import { ACCOUNT_INSIGHT_FORMAT, type AccountInsight } from './AccountInsight.js';
import { MODEL_BOUNDS } from './checkPreparedModel.js';
import type { InsightFeedback } from '../feedback/index.js';

/**
 * The longest insight text read, in characters: what a Salesforce Long Text Area holds at most
 * (131,072). An insight is a few KB (a customer's products its neighbours also buy, a few dozen).
 */
export const MAX_INSIGHT_CHARS = 131_072;

/** An account insight as compact JSON, to store in a Long Text Area (`decodeAccountInsight` reads it back exactly). */
export function encodeAccountInsight(insight: AccountInsight): string {
  const { format, engineVersion, accountId, modelAsOf, products, scores, feedback } = insight;
  if (!feedback?.length) return JSON.stringify({ format, engineVersion, accountId, modelAsOf, products, scores });
  // Feedback as tuples (product, time, action, kind, proposed, accepted, reason): a third of the size of objects.
  const tuples = feedback.map((f) => [f.productId, f.time, f.action, f.kind, f.proposedQuantity, f.acceptedQuantity ?? null, f.rejectionReason ?? null]);
  return JSON.stringify({ format, engineVersion, accountId, modelAsOf, products, scores, feedback: tuples });
}

/**
 * Reads an account insight back (`encodeAccountInsight`), refusing with an `EngineError`
 * `INSIGHT_FORMAT` that names the field: text over `MAX_INSIGHT_CHARS`, text that is not JSON,
 * another format, a missing account id, a model date that is not a number, products that are not
 * text, scores that are not finite numbers, products and scores of different lengths, or a
 * feedback entry that is not (product, time, action, kind, proposed, accepted, reason). An
 * insight of another engine version or model reads fine: `fitFromPrepared` ignores it.
 */
export function decodeAccountInsight(text: string, source = 'account insight'): AccountInsight {
  const fail = (field: string, problem: string): never => {
    throw new EngineError('INSIGHT_FORMAT', `${source}: ${field} ${problem}`);
  };
  if (text.length > MAX_INSIGHT_CHARS) fail('the text', `is ${text.length} characters, more than the ${MAX_INSIGHT_CHARS} an account insight may be`);
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return fail('the text', `is not JSON: ${(error as Error).message.slice(0, 200)}`);
  }
  if (typeof json !== 'object' || json === null || Array.isArray(json)) return fail('the text', 'is not an account insight (not a JSON object)');
  const o = json as Record<string, unknown>;
  if (o.format !== ACCOUNT_INSIGHT_FORMAT) fail('format', `is '${String(o.format).slice(0, 80)}', expected '${ACCOUNT_INSIGHT_FORMAT}'`);
  if (typeof o.engineVersion !== 'string') fail('engineVersion', 'is not text');
  if (typeof o.accountId !== 'string' || o.accountId === '') fail('accountId', 'is missing or not text');
  if (typeof o.modelAsOf !== 'number' || !Number.isFinite(o.modelAsOf)) fail('modelAsOf', `is ${JSON.stringify(o.modelAsOf)?.slice(0, 40)}, not a date in ms`);
  const { products, scores } = o;
  if (!Array.isArray(products)) return fail('products', 'is not an array');
  if (products.length > MODEL_BOUNDS.products) fail('products', `has ${products.length} entries, more than ${MODEL_BOUNDS.products}`);
  products.forEach((p, i) => typeof p === 'string' || fail(`products[${i}]`, `is ${JSON.stringify(p)?.slice(0, 40)}, not a product id`));
  if (!Array.isArray(scores)) return fail('scores', 'is not an array');
  if (scores.length !== products.length) fail('scores', `has ${scores.length} entries for ${products.length} products`);
  scores.forEach((s, i) => (typeof s === 'number' && Number.isFinite(s)) || fail(`scores[${i}]`, `is ${JSON.stringify(s)?.slice(0, 40)}, not a finite number`));
  const { feedback, ...insight } = o;
  if (feedback === undefined) return insight as unknown as AccountInsight;
  if (!Array.isArray(feedback)) return fail('feedback', 'is not an array');
  return { ...(insight as unknown as AccountInsight), feedback: feedback.map((t, i) => feedbackOf(t, (problem) => fail(`feedback[${i}]`, problem))) };
}

const ACTIONS: readonly string[] = ['accepted', 'edited', 'rejected'];
const KINDS: readonly string[] = ['habitual', 'development', 'extension'];
const REASONS: readonly string[] = ['not-needed', 'too-expensive', 'out-of-season', 'other'];

/** One stored feedback tuple (product, time, action, kind, proposed, accepted, reason) as a record; `fail` names what is wrong. */
function feedbackOf(t: unknown, fail: (problem: string) => never): InsightFeedback {
  if (!Array.isArray(t) || t.length !== 7) return fail('is not a feedback tuple of 7 entries');
  const [productId, time, action, kind, proposedQuantity, acceptedQuantity, rejectionReason] = t as unknown[];
  if (typeof productId !== 'string' || productId === '') fail('has no product id');
  if (typeof time !== 'number' || !Number.isFinite(time)) fail(`has time ${JSON.stringify(time)?.slice(0, 40)}, not a date in ms`);
  if (!ACTIONS.includes(action as string)) fail(`has action ${JSON.stringify(action)?.slice(0, 40)}, not one of ${ACTIONS.join(', ')}`);
  if (!KINDS.includes(kind as string)) fail(`has kind ${JSON.stringify(kind)?.slice(0, 40)}, not one of ${KINDS.join(', ')}`);
  const quantity = (q: unknown, what: string) => (typeof q === 'number' && Number.isFinite(q) && q >= 0) || fail(`has ${what} quantity ${JSON.stringify(q)?.slice(0, 40)}, not a number ≥ 0`);
  quantity(proposedQuantity, 'proposed');
  if (acceptedQuantity !== null) quantity(acceptedQuantity, 'accepted');
  if (rejectionReason !== null && !REASONS.includes(rejectionReason as string)) fail(`has reason ${JSON.stringify(rejectionReason)?.slice(0, 40)}, not one of ${REASONS.join(', ')}`);
  return {
    productId: productId as string,
    time: time as number,
    action: action as InsightFeedback['action'],
    kind: kind as InsightFeedback['kind'],
    proposedQuantity: proposedQuantity as number,
    ...(acceptedQuantity === null ? {} : { acceptedQuantity: acceptedQuantity as number }),
    ...(rejectionReason === null ? {} : { rejectionReason: rejectionReason as InsightFeedback['rejectionReason'] }),
  };
}
