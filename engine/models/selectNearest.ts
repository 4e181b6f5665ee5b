/**
 * The `k` ids with the smallest `key`, smallest first, equal keys by id: a total order, so which
 * of equally near rows make the cut is specified, not left to the selection. Reorders `ids` in
 * place (a quickselect, O(ids) on average) and returns a sorted copy of its first `k`.
 */
export function selectNearest(ids: Int32Array, key: Float64Array, k: number): Int32Array {
  const take = Math.max(0, Math.min(k, ids.length));
  const before = (a: number, b: number) => key[a]! < key[b]! || (key[a] === key[b] && a < b);
  let lo = 0;
  let hi = ids.length - 1;
  while (lo < hi && take > 0 && take < ids.length) {
    const pivot = ids[(lo + hi) >> 1]!;
    let i = lo;
    let j = hi;
    while (i <= j) {
      while (before(ids[i]!, pivot)) i++;
      while (before(pivot, ids[j]!)) j--;
      if (i <= j) {
        const t = ids[i]!;
        ids[i] = ids[j]!;
        ids[j] = t;
        i++;
        j--;
      }
    }
    if (take - 1 <= j) hi = j;
    else if (take - 1 >= i) lo = i;
    else break;
  }
  const out = ids.slice(0, take);
  out.sort((a, b) => (before(a, b) ? -1 : before(b, a) ? 1 : 0));
  return out;
}
