const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/**
 * A value made safe for HTML text and quoted attributes: `& < > " '` as entities (OWASP's set).
 * Passed to Mustache explicitly, so no one changing the global `Mustache.escape` weakens it.
 */
export function escapeHtml(value: unknown): string {
  return String(value).replace(/[&<>"']/g, (c) => ENTITIES[c]!);
}
