/** True for the empty string and for whitespace only. */
export function isBlank(text: string): boolean {
  // Ids do not start with a space, so the trim is almost never reached.
  return text.length === 0 || (text.charCodeAt(0) <= SPACE && text.trim().length === 0);
}

const SPACE = 32;
