import type { ImpactData, ImpactProposalRecord } from '../../connector/index.js';
import { addMonths } from '../../connector/index.js';
import { controlGroup, estimateUplift, summarizeImpact, upliftVerdict, type ImpactProposal, type ImpactRow, type Section, type UpliftEstimate, type UpliftUnit } from '../../engine/index.js';

/** What the manager asks for: months `YYYY-MM` (both included), and optionally one rep or one team (a manager's User id). */
export interface ImpactViewFilter {
  from: string;
  to: string;
  repId?: string;
  teamId?: string;
}

/** One proposal as the drill-down shows it, with its lines. */
export interface ImpactProposalView {
  id: string;
  day: string;
  account: string;
  rep: string;
  status: ImpactProposal['status'];
  proposedValue: number;
  capturedValue: number;
  lines: { product: string; kind: Section; proposedQuantity: number; quantity: number; orderedQuantity: number | null; orderedValue: number | null; removed: boolean }[];
}

/** The manager view's impact (plain data: it crosses to the page). */
export interface ImpactView {
  months: string[];
  reps: { id: string; name: string; teamId: string | null }[];
  teams: { id: string; name: string }[];
  /** Every month of the filter together (`period` is `from…to`). */
  total: ImpactRow | null;
  /** One row per month with proposals, for the trend. */
  trend: ImpactRow[];
  /** One row per rep over the months (`group` is the rep's id). */
  byRep: ImpactRow[];
  /** Newest first. */
  proposals: ImpactProposalView[];
  /** Treated against control over the months that had a comparison group (all accounts visible, whatever the rep or team filter). */
  uplift: UpliftEstimate | null;
  upliftMonths: string[];
  verdict: string;
}

/**
 * The impact of the proposals under a filter, from what the org gave (`loadImpactData`): the
 * figures by `summarizeImpact`, the uplift by `estimateUplift` (CUPED, balanced weighting, the
 * headline `simulate` prints too) and its verdict in the locale. A month counts for the uplift when
 * its log holds comparison-group visits (the group was on); every account with orders in it or in
 * the six months before is a unit, treated unless `controlGroup` put it in that month's group
 * (intention to treat: treated accounts nobody visited count as treated).
 */
export function impactView(data: ImpactData, filter: ImpactViewFilter, locale: string): ImpactView {
  const teamOf = new Map(data.proposals.map((p) => [p.rep.id, p.team] as const));
  const chosen = data.proposals.filter((p) => p.status !== 'control' && (!filter.repId || p.rep.id === filter.repId) && (!filter.teamId || p.team?.id === filter.teamId));
  const impact = chosen.map(toImpactProposal);
  const range = `${data.months[0]}…${data.months[data.months.length - 1]}`;
  const whole = impact.map((p) => ({ ...p, period: range }));
  const upliftMonths = data.months.filter((m) => data.proposals.some((p) => p.status === 'control' && p.createdDate.slice(0, 7) === m));
  const uplift = data.controlShare > 0 ? estimateUplift(upliftUnits(data, upliftMonths), { weighting: 'balanced' }) : null;
  return {
    months: data.months,
    reps: [...new Map(data.proposals.map((p) => [p.rep.id, { id: p.rep.id, name: p.rep.name, teamId: teamOf.get(p.rep.id)?.id ?? null }])).values()].sort((a, b) => a.name.localeCompare(b.name, locale)),
    teams: [...new Map(data.proposals.flatMap((p) => (p.team ? [[p.team.id, p.team] as const] : []))).values()].sort((a, b) => a.name.localeCompare(b.name, locale)),
    total: summarizeImpact(whole, 'all')[0] ?? null,
    trend: summarizeImpact(impact, 'all'),
    byRep: summarizeImpact(whole, 'rep'),
    proposals: chosen.map(proposalView).reverse(),
    uplift,
    upliftMonths,
    verdict: upliftVerdict(uplift, locale),
  };
}

function toImpactProposal(p: ImpactProposalRecord): ImpactProposal {
  const accepted = p.status === 'accepted';
  return {
    proposalId: p.id,
    accountId: p.account.id,
    repId: p.rep.id,
    teamId: p.team?.id ?? '',
    period: p.createdDate.slice(0, 7),
    status: p.status as ImpactProposal['status'],
    lines: p.lines.map((l) => ({
      kind: l.kind,
      proposedValue: l.proposedQuantity * l.proposedPrice,
      acceptedValue: accepted && l.outcome !== 'rejected' ? l.quantity * l.price : 0,
      ordered: l.ordered === true,
      orderedValue: l.orderedValue ?? 0,
    })),
  };
}

function proposalView(p: ImpactProposalRecord): ImpactProposalView {
  return {
    id: p.id,
    day: p.createdDate.slice(0, 10),
    account: p.account.name,
    rep: p.rep.name,
    status: p.status as ImpactProposal['status'],
    proposedValue: p.proposedValue,
    capturedValue: p.lines.reduce((s, l) => s + (l.orderedValue ?? 0), 0),
    lines: p.lines.map((l) => ({ product: l.productName || l.productId, kind: l.kind, proposedQuantity: l.proposedQuantity, quantity: l.quantity, orderedQuantity: l.orderedQuantity, orderedValue: l.orderedValue, removed: l.outcome === 'rejected' })),
  };
}

/** One unit per account and month of `months`: its revenue, the month's, quarter's and half-year's before, its usual monthly revenue. */
function upliftUnits(data: ImpactData, months: readonly string[]): UpliftUnit[] {
  const revenue = new Map(data.revenue.map((r) => [r.month, r.byAccount] as const));
  const of = (id: string, month: string) => revenue.get(month)?.[id] ?? 0;
  const before = (id: string, month: string, n: number) => Array.from({ length: n }, (_, i) => of(id, addMonths(month, -1 - i))).reduce((a, b) => a + b, 0);
  const units: UpliftUnit[] = [];
  for (const month of months) {
    const accounts = new Set<string>();
    for (let i = 0; i <= 6; i++) for (const id of Object.keys(revenue.get(addMonths(month, -i)) ?? {})) accounts.add(id);
    for (const id of accounts) {
      const covariates = [before(id, month, 1), before(id, month, 3), before(id, month, 6)];
      units.push({ accountId: id, treated: !controlGroup(id, month, data.controlShare), revenue: of(id, month), covariates, usualRevenue: covariates[2]! / 6 });
    }
  }
  return units;
}
