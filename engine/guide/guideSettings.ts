/**
 * The guide's constants, each with its reason (decisions/0020-guided-selling.md).
 *
 * `historyBlend`: familiarity (0–1, see `familiarity`) adds at most 0.05 to a fit of 0–1: less than
 * any one need of a three-question interview (≥ 0.1 of the fit), so it reorders equal or nearly
 * equal fits and never lifts a product over one that meets a need it misses.
 * `monotoneShare`: for an attribute always better one way, being better than asked is worth up to
 * 10 % of that need's weight: the cheaper of two products under £3 comes first, but meeting
 * another need matters more.
 * `contention`: the products "still in contention" when choosing the next question: the top 50.
 * `maxRelaxations`: minimal diagnoses listed at most (smallest first); `maxHardQuestions`: hard
 * answers tracked as bits of one 32-bit mask.
 */
export const GUIDE_SETTINGS = {
  historyBlend: 0.05,
  monotoneShare: 0.1,
  contention: 50,
  maxRelaxations: 8,
  maxHardQuestions: 30,
} as const;
