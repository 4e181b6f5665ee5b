import { historyFromOrgLines, salesforceId18, type SalesforcePort } from '../../connector/index.js';
import { campaignMessage, campaignTargetIds, productGroup, rankCampaign, type CampaignModels, type CampaignTarget, type OrderHistory, type Promotion } from '../../engine/index.js';
import type { CampaignChoices, CampaignCreatedView, CampaignLineView, CampaignTargetView, CampaignView } from './campaignViews.js';

type Port = Pick<SalesforcePort, 'loadAllOrderLines' | 'loadRulesAndPromotions' | 'createCampaign' | 'loadAccountNames'>;

/**
 * The Campaigns tab's state in the worker: every order line the manager sees, read once per session
 * (`loadAllOrderLines`: REST pages, or a Bulk query for a large org; a failed read is dropped so
 * the next asks again) and turned into the engine's history; the propensity models fitted once per
 * day and reused for every target; the day's promotions read once per day.
 */
export class CampaignSession {
  private history: Promise<OrderHistory> | null = null;
  private readonly models = new Map<string, CampaignModels>();
  private readonly promotions = new Map<string, Promise<Promotion[]>>();
  /** Account names by 18-character id, read for the accounts ranked so far (the order lines carry ids only). */
  private readonly names = new Map<string, string>();

  constructor(private readonly port: () => Port) {}

  /** What can be targeted on `asOf` (`YYYY-MM-DD`). */
  async choices(asOf: string): Promise<CampaignChoices> {
    const [history, promotions] = await Promise.all([this.orders(), this.promotionsOn(asOf)]);
    const products = history.productIds.map((id, p) => ({ id, name: history.productNames[p] || id })).sort((a, b) => a.name.localeCompare(b.name));
    const sizes = new Map<string, number>();
    for (const id of history.productIds) sizes.set(productGroup(id), (sizes.get(productGroup(id)) ?? 0) + 1);
    const groups = [...sizes].filter(([, n]) => n > 1).map(([id, n]) => ({ id, products: n })).sort((a, b) => a.id.localeCompare(b.id));
    return { products, groups, promotions: promotions.map((p) => ({ name: p.name, discountPercent: p.discountPercent, validTo: p.validTo })), accounts: history.customerIds.length };
  }

  /** Every eligible account ranked for the target, best first, with reasons and messages in `locale`. */
  async rank(target: CampaignTargetView, asOf: string, locale: string): Promise<CampaignView> {
    const history = await this.orders();
    const promotion = target.kind === 'promotion' ? (await this.promotionsOn(asOf)).find((p) => p.name === target.name) : undefined;
    if (target.kind === 'promotion' && !promotion) throw new Error(`No promotion named “${target.name}” is valid on ${asOf}`);
    const engineTarget: CampaignTarget = target.kind === 'products' ? { products: target.ids } : target.kind === 'group' ? { group: target.id } : { promotion: promotion! };
    const ranked = rankCampaign(history, { asOf: Date.parse(`${asOf}T00:00:00Z`), products: campaignTargetIds(history, engineTarget) }, locale, this.models.get(asOf));
    this.models.set(asOf, ranked.models);
    await this.readNames(ranked.lines.map((l) => l.customerId));
    const name = (id: string | undefined) => (id === undefined ? undefined : history.productNames[history.productIndex.get(id)!] || id);
    const lines: CampaignLineView[] = ranked.lines.map((l) => {
      const accountName = this.names.get(salesforceId18(l.customerId, 'Account')) ?? l.customerId;
      const promo = promotion && { name: promotion.name, discountPercent: promotion.discountPercent, validTo: promotion.validTo };
      const message = campaignMessage(l, { customerName: accountName, productName: name(l.productId)!, becauseName: name(l.becauseProductId), cheaperName: name(l.cheaperProductId), productOrders: l.productOrders, promotion: promo }, locale);
      return { accountId: l.customerId, accountName, productId: l.productId, productName: name(l.productId)!, propensity: l.propensity, kind: l.kind, expectedValue: l.expectedValue, reason: l.reason, message };
    });
    const label = target.kind === 'products' ? target.ids.join('-') : target.kind === 'group' ? `group-${target.id}` : `promotion-${target.name}`;
    const key = `oo-${label.replace(/[^A-Za-z0-9_-]+/g, '_').slice(0, 44)}-${asOf}`;
    return { lines, key, name: `Optimal Order: ${target.kind === 'products' ? lines[0]?.productName ?? label : target.kind === 'group' ? target.id : target.name} (${asOf})`.slice(0, 80) };
  }

  /** Creates the Campaign with the first `lines` (the page's list) as members' accounts. */
  async create(view: { key: string; name: string; lines: readonly CampaignLineView[] }): Promise<CampaignCreatedView> {
    const accounts = view.lines.map((l) => ({ accountId: l.accountId, productId: l.productId, propensity: l.propensity, expectedValue: l.expectedValue, kind: l.kind, message: l.message }));
    const created = await this.port().createCampaign({ key: view.key, name: view.name, accounts });
    const nameOf = new Map(view.lines.map((l) => [l.accountId.slice(0, 15), l.accountName] as const));
    const named = (id: string) => nameOf.get(id.slice(0, 15)) ?? id;
    return {
      campaignId: created.campaignId,
      newCampaign: created.newCampaign,
      added: created.added,
      alreadyMembers: created.alreadyMembers,
      accountsWithoutContact: created.accountsWithoutContact.map((id) => ({ id, name: named(id) })),
      failed: created.failed.map((f) => ({ account: named(f.accountId), contactId: f.contactId, message: `${f.errorCode}: ${f.message}` })),
    };
  }

  private async readNames(accountIds: readonly string[]): Promise<void> {
    const missing = accountIds.filter((id) => !this.names.has(salesforceId18(id, 'Account')));
    if (missing.length) for (const [id, name] of await this.port().loadAccountNames(missing)) this.names.set(id, name);
  }

  private orders(): Promise<OrderHistory> {
    if (!this.history) {
      this.history = this.port().loadAllOrderLines().then((lines) => historyFromOrgLines(lines).history);
      this.history.catch(() => (this.history = null));
    }
    return this.history;
  }

  private promotionsOn(asOf: string): Promise<Promotion[]> {
    let p = this.promotions.get(asOf);
    if (!p) {
      this.promotions.set(asOf, (p = this.port().loadRulesAndPromotions(asOf).then((r) => r.promotions)));
      p.catch(() => this.promotions.delete(asOf));
    }
    return p;
  }
}
