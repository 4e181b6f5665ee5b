// What the manager view's impact reads from the org (`loadImpactData`): the proposal log with its
// lines and outcomes, and each account's revenue per month. Plain data: it crosses to the worker.
import type { CONTROL_STATUS, ProposalLineToSave, ProposalStatus } from './SalesforcePort.js';

/** Which months to read: `YYYY-MM`, both included (at most 24). */
export interface ImpactFilter {
  from: string;
  to: string;
}

/** One logged line (as it was saved) with what followed it (the outcome step's fields; null before it ran). */
export interface ImpactLineRecord extends Pick<ProposalLineToSave, 'productId' | 'kind' | 'outcome' | 'proposedQuantity' | 'quantity' | 'proposedPrice' | 'price'> {
  productName: string;
  ordered: boolean | null;
  orderedQuantity: number | null;
  orderedValue: number | null;
}

/** One logged proposal (or comparison-group visit, status `control`, no lines). */
export interface ImpactProposalRecord {
  id: string;
  /** ISO date-time it was logged. */
  createdDate: string;
  account: { id: string; name: string };
  rep: { id: string; name: string };
  /** The rep's manager (`User.ManagerId`): the team. Null when the rep has none or it is not visible. */
  team: { id: string; name: string } | null;
  status: ProposalStatus | typeof CONTROL_STATUS;
  proposedValue: number;
  acceptedValue: number;
  lines: ImpactLineRecord[];
}

/** Each account's revenue (sum of its order lines' `TotalPrice`) in one month; accounts without orders are absent. */
export interface MonthRevenue {
  month: string;
  byAccount: Record<string, number>;
}

/** The proposals of the months, the revenue of the months and of the six before them (the uplift's covariates), and the org's control share. */
export interface ImpactData {
  months: string[];
  proposals: ImpactProposalRecord[];
  /** From six months before `from` to `to`, oldest first. */
  revenue: MonthRevenue[];
  controlShare: number;
}
