import type { AccountPage, PageLine } from '../worker/EngineApi.js';

/**
 * What the account page carries beyond the worker's `AccountPage` of today, as the widget reads it:
 * the engine's usual order and client offer, the admin records left out, the proposal accepted
 * today, the products ever bought but not proposed. Each is optional: the worker adds them
 * (issue 12); until then the widget shows what it has.
 */
export interface PageExtras {
  usual?: { lines: number; value: number; covered: number | null };
  offer?: { rule: string; appliesTo: string; reason: string; text: string | null; discountPercent: number; appliedPercent: number };
  ignored?: readonly { kind: string; name: string; field: string; problem: string; where: string }[];
  acceptedToday?: { proposalId: string; acceptedAt: string; acceptedBy: { id: string; name: string }; opportunityId: string | null; acceptedValue: number } | null;
  /** Products the account bought before that are not in the proposal (for "show every product ever bought"). */
  otherProducts?: readonly PageLine[];
}

/** The page with its optional extras, typed. */
export function extrasOf(page: AccountPage): PageExtras {
  return page as AccountPage & PageExtras;
}
