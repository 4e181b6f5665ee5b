import { parseArgs } from 'node:util';
import { compileCatalog, familiarity, guideProducts, parseAnswers, parseQuestionnaire, purchaseIndex, type Familiarity } from '../../engine/index.js';
import type { CliIo } from '../CliIo.js';
import { dateFlag, oneOf, positiveIntFlag, PRESETS, required } from '../options.js';
import { readCatalogFile } from '../readCatalogFile.js';
import { readJsonFile } from '../readJsonFile.js';
import { readOrders } from '../readOrders.js';

/** The flags of `guide` (each documented in `HELP.guide`). */
export const GUIDE_OPTIONS = {
  catalog: { type: 'string' },
  questionnaire: { type: 'string' },
  answers: { type: 'string' },
  orders: { type: 'string' },
  preset: { type: 'string' },
  customer: { type: 'string' },
  'as-of': { type: 'string' },
  k: { type: 'string' },
  locale: { type: 'string' },
} as const;

/**
 * `optimal-order guide`: a buyer's answers → the catalog's products ranked, explained, the minimal
 * relaxations when nothing fits and the next question, as one JSON object (`guideProducts`).
 * Inputs are checked before the (long) read of the orders.
 */
export async function guideCommand(args: string[], io: CliIo): Promise<number> {
  const { values } = parseArgs({ args, options: GUIDE_OPTIONS, strict: true });
  const questionnairePath = required(values, 'questionnaire', 'guide');
  const answersPath = required(values, 'answers', 'guide');
  const catalogPath = required(values, 'catalog', 'guide');
  const k = positiveIntFlag(values.k, 10, 'k', 'guide');
  const preset = oneOf(values.preset, PRESETS, 'canonical', 'preset', 'guide');
  const asOf = values['as-of'] === undefined ? Infinity : dateFlag(values['as-of'], 'as-of', 'guide');

  const questionnaire = parseQuestionnaire(await readJsonFile(questionnairePath), questionnairePath);
  const answers = parseAnswers(await readJsonFile(answersPath), questionnaire, answersPath);
  const catalog = compileCatalog(await readCatalogFile(catalogPath), questionnaire.attributes);
  let familiar: Familiarity | null = null;
  if (values.orders !== undefined) {
    const index = purchaseIndex(await readOrders(values.orders, preset, io.stderr), asOf);
    const customer = values.customer ?? null;
    if (customer !== null && !index.customerIndex.has(customer)) io.stderr.write(`guide: customer ${customer} has no order in ${values.orders}: similar customers are everyone\n`);
    familiar = familiarity(index, customer, catalog.productIds);
  }
  const result = guideProducts(catalog, questionnaire, answers, { k, locale: values.locale ?? 'en', familiarity: familiar });
  io.stdout.write(JSON.stringify(result, null, 2) + '\n');
  io.stderr.write(`guide: ${result.fitting} of ${catalog.productIds.length} products meet every hard constraint\n`);
  return 0;
}
