/**
 * The connector's one error type: what Salesforce (or the network) said, in a form the UI can show.
 * `code` is Salesforce's `errorCode` (`INVALID_SESSION_ID`, `FIELD_CUSTOM_VALIDATION_EXCEPTION`,
 * `UNABLE_TO_LOCK_ROW`, …) or one of the connector's own (`NETWORK_ERROR`, `HTML_ERROR_PAGE`,
 * `MISSING_PRICEBOOK_ENTRY`, `BAD_RESPONSE`). `body` is the raw response text with any session id
 * removed; `record` and `field` name what was wrong when Salesforce says.
 */
export class ConnectorError extends Error {
  override readonly name = 'ConnectorError';

  constructor(
    readonly code: string,
    message: string,
    readonly details: { status?: number; body?: string; record?: string; field?: string } = {},
  ) {
    super(redactSession(message));
    if (details.body !== undefined) this.details = { ...details, body: redactSession(details.body) };
  }
}

/** Removes anything that looks like a Salesforce session id or bearer token from a text. */
export function redactSession(text: string): string {
  return text.replace(/Bearer\s+[^\s"']+/gi, 'Bearer [redacted]').replace(/\b00D[a-zA-Z0-9]{12,15}![A-Za-z0-9._-]{20,}/g, '[session redacted]');
}
