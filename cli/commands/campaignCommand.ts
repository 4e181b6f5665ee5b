import { writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import {
  CAMPAIGN_KINDS,
  campaignMessage,
  campaignTargetIds,
  EngineError,
  rankCampaign,
  type CampaignExclusions,
  type CampaignKind,
  type CampaignLine,
  type CampaignTarget,
  type OrderHistory,
  type Promotion,
} from '../../engine/index.js';
import type { CliIo } from '../CliIo.js';
import { dateFlag, oneOf, positiveIntFlag, PRESETS, required } from '../options.js';
import { readJsonFile } from '../readJsonFile.js';
import { readOrders } from '../readOrders.js';
import { readPromotionsFile } from '../readRulesFiles.js';
import { UsageError } from '../UsageError.js';
import { CAMPAIGN_ORG_OPTIONS, campaignOrg, createCampaignInOrg, defaultCampaignKey } from './campaignToOrg.js';

/** The flags of `campaign` (each documented in `HELP.campaign`). */
export const CAMPAIGN_OPTIONS = {
  orders: { type: 'string' },
  preset: { type: 'string' },
  'as-of': { type: 'string' },
  product: { type: 'string' },
  group: { type: 'string' },
  promotion: { type: 'string' },
  promotions: { type: 'string' },
  kind: { type: 'string' },
  top: { type: 'string' },
  message: { type: 'boolean' },
  locale: { type: 'string' },
  exclusions: { type: 'string' },
  out: { type: 'string' },
  // Issue 16: create the campaign in an org (its orders read from it).
  ...CAMPAIGN_ORG_OPTIONS,
} as const;

const KIND_FLAGS = [...CAMPAIGN_KINDS, 'all'] as const;

/**
 * `optimal-order campaign`: the accounts likeliest to buy a product, a group or a promotion's
 * products, as JSON lines best first (`rankCampaign`), with `--message` each one's e-mail text.
 */
export async function campaignCommand(args: string[], io: CliIo): Promise<number> {
  const { values } = parseArgs({ args, options: CAMPAIGN_OPTIONS, strict: true });
  const ordersPath = values.org === undefined ? required(values, 'orders', 'campaign') : undefined;
  const asOf = dateFlag(required(values, 'as-of', 'campaign'), 'as-of', 'campaign');
  const preset = oneOf(values.preset, PRESETS, 'canonical', 'preset', 'campaign');
  const kind = oneOf(values.kind, KIND_FLAGS, 'all', 'kind', 'campaign');
  const top = values.top === undefined ? undefined : positiveIntFlag(values.top, 100, 'top', 'campaign');
  const locale = oneOf(values.locale, ['en', 'es'] as const, 'en', 'locale', 'campaign');
  const target = await targetOf(values);
  const exclusions = values.exclusions === undefined ? undefined : exclusionsOf(await readJsonFile(values.exclusions), values.exclusions);

  const org = values.org === undefined ? undefined : await campaignOrg(values, io);
  const history = org ? org.history : await readOrders(ordersPath!, preset, io.stderr);
  const products = campaignTargetIds(history, target);
  const kinds: readonly CampaignKind[] = kind === 'all' ? CAMPAIGN_KINDS : [kind];
  const { lines } = rankCampaign(history, { asOf, products, kinds, top, exclusions }, locale);
  const promotion = 'promotion' in target ? target.promotion : undefined;
  const shown = lines.map((line) => (values.message ? { ...line, message: messageOf(history, line, locale, promotion) } : line));
  const text = shown.map((line) => JSON.stringify(line)).join('\n');
  if (values.out !== undefined) await writeFile(values.out, text + (text ? '\n' : ''));
  else io.stdout.write(text + (text ? '\n' : ''));
  io.stderr.write(`${lines.length} accounts, ${products.length} target product${products.length === 1 ? '' : 's'}\n`);
  if (org) {
    const key = values.key ?? defaultCampaignKey(target, values['as-of']!);
    return createCampaignInOrg(org.port, shown, { key, name: values.name ?? `Optimal Order ${key}`.slice(0, 80) }, io);
  }
  return 0;
}

/** The target from exactly one of --product, --group, --promotion (the latter with --promotions). */
async function targetOf(values: { product?: string; group?: string; promotion?: string; promotions?: string }): Promise<CampaignTarget> {
  const given = (['product', 'group', 'promotion'] as const).filter((f) => values[f] !== undefined);
  if (given.length !== 1) throw new UsageError(`give exactly one of --product, --group, --promotion${given.length ? ` (got ${given.map((f) => `--${f}`).join(', ')})` : ''}`, 'campaign');
  if (values.product !== undefined) {
    const ids = values.product.split(',').map((s) => s.trim()).filter(Boolean);
    if (ids.length === 0) throw new UsageError(`--product must list product ids, got '${values.product}'`, 'campaign');
    return { products: ids };
  }
  if (values.group !== undefined) return { group: values.group };
  if (values.promotions === undefined) throw new UsageError('--promotion needs --promotions FILE', 'campaign');
  const promotion = (await readPromotionsFile(values.promotions)).find((p) => p.name === values.promotion);
  if (!promotion) throw new UsageError(`--promotion '${values.promotion}' is not in ${values.promotions}`, 'campaign');
  return { promotion };
}

/** The exclusions file: `{ optedOut?: [ids], openProposal?: [ids], lastContacted?: {id: "YYYY-MM-DD"}, fatigueDays?: n }`. */
function exclusionsOf(json: unknown, path: string): CampaignExclusions {
  const bad = (field: string, what: string) => new EngineError('BAD_EXCLUSIONS', `${path}: ${field} must be ${what}`, { source: path });
  if (typeof json !== 'object' || json === null || Array.isArray(json)) throw bad('the file', 'a JSON object');
  const o = json as Record<string, unknown>;
  const ids = (field: string) => {
    const v = o[field];
    if (v === undefined) return undefined;
    if (!Array.isArray(v) || !v.every((x) => typeof x === 'string')) throw bad(field, 'a list of account ids');
    return v as string[];
  };
  const contacted: Record<string, number> = {};
  if (o.lastContacted !== undefined) {
    if (typeof o.lastContacted !== 'object' || o.lastContacted === null) throw bad('lastContacted', 'an object of account id → YYYY-MM-DD');
    for (const [id, day] of Object.entries(o.lastContacted)) {
      const t = typeof day === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(day) ? Date.parse(`${day}T00:00:00Z`) : NaN;
      if (Number.isNaN(t)) throw bad(`lastContacted.${id}`, `a date as YYYY-MM-DD, got ${JSON.stringify(day)}`);
      contacted[id] = t;
    }
  }
  const fatigue = o.fatigueDays;
  if (fatigue !== undefined && !(typeof fatigue === 'number' && Number.isInteger(fatigue) && fatigue >= 0)) throw bad('fatigueDays', 'a whole number of days ≥ 0');
  return { optedOut: ids('optedOut'), openProposal: ids('openProposal'), lastContacted: contacted, fatigueDays: fatigue as number | undefined };
}

function messageOf(history: OrderHistory, line: CampaignLine, locale: string, promotion: Promotion | undefined): string {
  const name = (id: string | undefined) => (id === undefined ? undefined : history.productNames[history.productIndex.get(id)!] || id);
  return campaignMessage(
    line,
    {
      customerName: history.customerNames[history.customerIndex.get(line.customerId)!] ?? '',
      productName: name(line.productId)!,
      becauseName: name(line.becauseProductId),
      cheaperName: name(line.cheaperProductId),
      productOrders: line.productOrders,
      promotion: promotion && { name: promotion.name, discountPercent: promotion.discountPercent, validTo: promotion.validTo },
    },
    locale,
  );
}
