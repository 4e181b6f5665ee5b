import { writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { DAY_MS, fitOptimalOrder, formatDate, proposalTextInputOf, renderProposalText } from '../../engine/index.js';
import type { CliIo } from '../CliIo.js';
import { dateFlag, NO_CAP, oneOf, positiveIntFlag, PRESETS, required } from '../options.js';
import { readFeedbackFile } from '../readFeedbackFile.js';
import { readOrders } from '../readOrders.js';
import { readPromotionsFile, readRulesFile } from '../readRulesFiles.js';
import { readTextFile } from '../readTextFile.js';
import { UsageError } from '../UsageError.js';

/** The flags of `proposal` (each documented in `HELP.proposal`). */
export const PROPOSAL_OPTIONS = {
  orders: { type: 'string' },
  preset: { type: 'string' },
  'as-of': { type: 'string' },
  customer: { type: 'string' },
  locale: { type: 'string' },
  format: { type: 'string' },
  currency: { type: 'string' },
  rep: { type: 'string' },
  'valid-days': { type: 'string' },
  template: { type: 'string' },
  rules: { type: 'string' },
  promotions: { type: 'string' },
  feedback: { type: 'string' },
  k: { type: 'string' },
  out: { type: 'string' },
} as const;

/**
 * `optimal-order proposal`: one customer's optimal order as the commercial proposal text, ready to
 * send: plain text (e-mail, clipboard) or HTML (every value escaped), in the locale's language.
 */
export async function proposalCommand(args: string[], io: CliIo): Promise<number> {
  const { values } = parseArgs({ args, options: PROPOSAL_OPTIONS, strict: true });
  const ordersPath = required(values, 'orders', 'proposal');
  const asOf = dateFlag(required(values, 'as-of', 'proposal'), 'as-of', 'proposal');
  const customerId = required(values, 'customer', 'proposal');
  const preset = oneOf(values.preset, PRESETS, 'canonical', 'preset', 'proposal');
  const format = oneOf(values.format, ['text', 'html'] as const, 'text', 'format', 'proposal');
  const locale = values.locale ?? 'en';
  const currency = currencyFlag(values.currency ?? 'GBP');
  const validDays = positiveIntFlag(values['valid-days'], 14, 'valid-days', 'proposal');
  const k = positiveIntFlag(values.k, NO_CAP, 'k', 'proposal');
  try {
    Intl.getCanonicalLocales(locale);
  } catch {
    throw new UsageError(`--locale must be a BCP 47 tag such as en or es-MX, got '${locale}'`, 'proposal');
  }
  const repName = required(values, 'rep', 'proposal');

  const template = values.template === undefined ? undefined : await readTextFile(values.template);
  const rules = values.rules === undefined ? undefined : await readRulesFile(values.rules);
  const promotions = values.promotions === undefined ? undefined : await readPromotionsFile(values.promotions);
  const feedback = values.feedback === undefined ? undefined : await readFeedbackFile(values.feedback);
  const history = await readOrders(ordersPath, preset, io.stderr);
  const c = history.customerIndex.get(customerId);
  if (c === undefined) throw new UsageError(`--customer: no customer '${customerId}' in ${ordersPath}`, 'proposal');
  io.stderr.write('fitting the model…\n');
  const order = fitOptimalOrder(history, asOf, { rules, promotions, feedback, k, locale }).propose(c);
  if (!order) throw new UsageError(`--customer: customer '${customerId}' has no order before ${formatDate(asOf)}`, 'proposal');

  const input = proposalTextInputOf(order, {
    customerName: history.customerNames[c] ?? '',
    productName: (id) => history.productNames[history.productIndex.get(id) ?? -1] ?? '',
    repName,
    validUntil: formatDate(asOf + validDays * DAY_MS),
    date: formatDate(asOf),
    rules,
  });
  const text = renderProposalText(input, { locale, format, currency, template });
  if (values.out) await writeFile(values.out, text);
  else io.stdout.write(text.endsWith('\n') ? text : text + '\n');
  return 0;
}

/** An ISO 4217 currency code `Intl` knows, upper-cased. */
function currencyFlag(text: string): string {
  const code = text.toUpperCase();
  const known = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('currency') : [];
  if (!/^[A-Z]{3}$/.test(code) || (known.length > 0 && !known.includes(code))) {
    throw new UsageError(`--currency must be an ISO 4217 code such as GBP or EUR, got '${text}'`, 'proposal');
  }
  return code;
}
