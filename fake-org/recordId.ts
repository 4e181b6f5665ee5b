const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ012345';
const BASE62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';

/**
 * The 18-character id of the `n`-th record with a key prefix, as Salesforce makes them: the
 * 3-character prefix, a pod marker and the number in base 62 (15 case-sensitive characters), then
 * a 3-character suffix that encodes the case of those 15, so the id survives case-insensitive tools.
 */
export function recordId(keyPrefix: string, n: number): string {
  let digits = '';
  for (let x = n; digits.length < 9; x = Math.floor(x / 62)) digits = BASE62[x % 62]! + digits;
  const id15 = `${keyPrefix}000${digits}`;
  return id15 + caseSuffix(id15);
}

/** Salesforce's checksum of a 15-character id: one character per group of 5, a bit per upper-case letter. */
export function caseSuffix(id15: string): string {
  let suffix = '';
  for (let g = 0; g < 3; g++) {
    let bits = 0;
    for (let i = 0; i < 5; i++) {
      const ch = id15[g * 5 + i]!;
      if (ch >= 'A' && ch <= 'Z') bits |= 1 << i;
    }
    suffix += ALPHABET[bits];
  }
  return suffix;
}

/** Whether `id` is a well-formed 15- or 18-character Salesforce id (the 18-character suffix checked). */
export function isRecordId(id: string): boolean {
  if (!/^[a-zA-Z0-9]{15}([a-zA-Z0-9]{3})?$/.test(id)) return false;
  return id.length === 15 || caseSuffix(id.slice(0, 15)) === id.slice(15).toUpperCase();
}
