/**
 * The group of a product: its id without a trailing variant suffix of letters, so the variants of
 * one item (85099B, 85099C, 85099F: one bag in several colours) share the group 85099. An id that
 * is all letters, or has no such suffix, is its own group.
 */
export function productGroup(productId: string): string {
  const m = /^(.*\d)[A-Za-z]{1,3}$/.exec(productId);
  return m ? m[1]! : productId;
}
