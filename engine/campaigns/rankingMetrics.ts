/**
 * Area under the ROC curve of `scores` against 0/1 `labels`: the chance a random buyer is ranked
 * above a random non-buyer, ties counting half (rank-sum form). `NaN` without both classes.
 */
export function rocAuc(scores: ArrayLike<number>, labels: ArrayLike<boolean>): number {
  const order = Array.from({ length: scores.length }, (_, i) => i).sort((a, b) => scores[a]! - scores[b]!);
  let positives = 0;
  let rankSum = 0;
  for (let i = 0; i < order.length; ) {
    let j = i;
    while (j < order.length && scores[order[j]!] === scores[order[i]!]) j++;
    const midRank = (i + 1 + j) / 2; // ranks i+1 … j share their mean
    for (let k = i; k < j; k++) if (labels[order[k]!]) {
      positives++;
      rankSum += midRank;
    }
    i = j;
  }
  const negatives = order.length - positives;
  if (positives === 0 || negatives === 0) return NaN;
  return (rankSum - (positives * (positives + 1)) / 2) / (positives * negatives);
}

/**
 * Share of the `k` best-scored items that are positives (ties broken by position, the first
 * listed first); the denominator is `k` even when fewer items exist, as a campaign list of `k` is.
 */
export function precisionAtK(scores: ArrayLike<number>, labels: ArrayLike<boolean>, k: number): number {
  const order = Array.from({ length: scores.length }, (_, i) => i).sort((a, b) => scores[b]! - scores[a]! || a - b);
  let hits = 0;
  for (const i of order.slice(0, k)) if (labels[i]) hits++;
  return hits / k;
}
