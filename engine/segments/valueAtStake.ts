/**
 * The value a customer would order over `horizonDays` at its usual pace: its mean value per order
 * day × the order days expected in the horizon, `horizonDays / max(intervalDays, minPaceDays)`.
 * 0 without a rhythm.
 */
export function valueAtStake(orderValue: number, intervalDays: number | null, horizonDays: number, minPaceDays: number): number {
  if (intervalDays === null) return 0;
  return (orderValue * horizonDays) / Math.max(minPaceDays, intervalDays, 1);
}
