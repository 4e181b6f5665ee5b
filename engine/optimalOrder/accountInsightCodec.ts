import { EngineError } from '../EngineError.js';
import { ACCOUNT_INSIGHT_FORMAT, type AccountInsight } from './AccountInsight.js';
import { MODEL_BOUNDS } from './checkPreparedModel.js';

/**
 * The longest insight text read, in characters: what a Salesforce Long Text Area holds at most
 * (131,072). An insight is a few KB (a customer's products its neighbours also buy, a few dozen).
 */
export const MAX_INSIGHT_CHARS = 131_072;

/** An account insight as compact JSON, to store in a Long Text Area (`decodeAccountInsight` reads it back exactly). */
export function encodeAccountInsight(insight: AccountInsight): string {
  const { format, engineVersion, accountId, modelAsOf, products, scores } = insight;
  return JSON.stringify({ format, engineVersion, accountId, modelAsOf, products, scores });
}

/**
 * Reads an account insight back (`encodeAccountInsight`), refusing with an `EngineError`
 * `INSIGHT_FORMAT` that names the field: text over `MAX_INSIGHT_CHARS`, text that is not JSON,
 * another format, a missing account id, a model date that is not a number, products that are not
 * text, scores that are not finite numbers, or products and scores of different lengths. An
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
  return o as unknown as AccountInsight;
}
