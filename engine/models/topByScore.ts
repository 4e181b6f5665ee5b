/**
 * The `k` ids with the highest `score[id]`, best first (ties by smaller id), in one pass with a
 * small sorted buffer: O(n·k) worst case, O(n) typically, and no sort of the whole list.
 */
export function topByScore(ids: Iterable<number>, score: ArrayLike<number>, k: number): number[] {
  const top: number[] = [];
  if (k <= 0) return top;
  const better = (a: number, b: number) => score[a]! > score[b]! || (score[a] === score[b] && a < b);
  for (const id of ids) {
    if (top.length === k && !better(id, top[k - 1]!)) continue;
    let i = Math.min(top.length, k - 1);
    if (top.length < k) top.push(id);
    while (i > 0 && better(id, top[i - 1]!)) {
      top[i] = top[i - 1]!;
      i--;
    }
    top[i] = id;
  }
  return top;
}
