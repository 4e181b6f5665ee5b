/** How customers are segmented against their own rhythm; every field has a default. */
export interface SegmentSettings {
  /**
   * Distinct order days a customer needs to have a rhythm; below it the customer is `new`.
   * Default 3: two gaps, the fewest that give both a typical interval and a spread.
   */
  minOrderDays: number;
  /**
   * The least slack past the typical interval, as a share of it: a perfectly regular customer is
   * `active` until 1.75 × its interval. Default 0.75: on the shared data the chance of ordering
   * again holds up to about twice the interval (decisions/0004).
   */
  minSlack: number;
  /**
   * Slack per standard deviation of the gaps: an irregular customer's allowance widens with the
   * spread of its own gaps. Default 1.5 standard deviations (decisions/0004).
   */
  spreadSlack: number;
  /**
   * The allowance is at least this many days, so a customer ordering every other day is not
   * at risk after a long weekend. Default 14: two weeks of the shop's calendar (which has closed
   * days every week).
   */
  minAllowanceDays: number;
  /**
   * `lapsed` beyond this many allowances. Default 2.5: for a regular customer about 4.4 intervals,
   * where the chance of ordering again within two months falls to about a third (decisions/0004).
   */
  lapsedFactor: number;
  /**
   * Days a customer with a single order day stays `new`; past them it is `one-time`. Default 90: on
   * the shared data a one-order customer's chance of ordering within two months is flat for about
   * three months after its order, then falls (33 % → 25 %, 27 % → 24 %, 24 % → 17 % at three
   * cut-offs; decisions/0004).
   */
  newCustomerDays: number;
  /** Days the value at stake is counted over. Default 62: the shared data's evaluation horizon. */
  horizonDays: number;
  /**
   * The value at stake counts at most one order per this many days. Default 7: a customer whose
   * "rhythm" is a few orders within one week (a burst, then silence) would otherwise be valued at
   * twenty orders in two months.
   */
  minPaceDays: number;
}

/** The defaults, grounded on the shared data in decisions/0004-segmentation.md. */
export const DEFAULT_SEGMENT_SETTINGS: Readonly<SegmentSettings> = {
  minOrderDays: 3,
  minSlack: 0.75,
  spreadSlack: 1.5,
  minAllowanceDays: 14,
  lapsedFactor: 2.5,
  newCustomerDays: 90,
  horizonDays: 62,
  minPaceDays: 7,
};
