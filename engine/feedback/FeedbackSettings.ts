/** How feedback shapes later proposals. */
export interface FeedbackSettings {
  /** A rejected novelty is not proposed again for this many days. */
  rejectedNoveltyCooldownDays: number;
  /** Each time a habitual line was proposed and then neither accepted nor ordered, its probability is multiplied by this. */
  ignoredHabitualFactor: number;
  /** Only ignores this recent count: an old ignore says little about today. */
  ignoreMemoryDays: number;
  /** Ignores below this count cost nothing: a habitual product may well skip one order. */
  ignoresBeforePenalty: number;
}

/**
 * Defaults: a quarter of a year before a rejected novelty may return (a season, and about two
 * order cycles of a typical customer here); each ignore costs 10 % of the probability, and ignores
 * older than half a year are forgotten. On the shared data's replay (May–Aug 2011) a 30 % cost per
 * ignore lowered precision every month (−0.002 to −0.005: a habitual product in 40 % of a
 * customer's orders routinely skips one); 10 % was neutral to slightly better (+0.0004 to +0.0009).
 */
export const DEFAULT_FEEDBACK_SETTINGS: FeedbackSettings = {
  rejectedNoveltyCooldownDays: 90,
  ignoredHabitualFactor: 0.9,
  ignoreMemoryDays: 182,
  ignoresBeforePenalty: 1,
};
