/** The calendar month of a UTC time as `YYYY-MM`: the period a control group is drawn for. */
export function periodOf(time: number): string {
  return new Date(time).toISOString().slice(0, 7);
}
