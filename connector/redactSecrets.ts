import { ConnectorError, redactSession } from './ConnectorError.js';

/** A secret as it may appear in a text: as is, URL-encoded, JSON-escaped. */
function forms(secret: string): string[] {
  return [...new Set([secret, encodeURIComponent(secret), JSON.stringify(secret).slice(1, -1)])].filter((s) => s.length >= 4);
}

/** `text` without any of `secrets` (access tokens, by value), nor anything shaped like a session id. */
export function redactSecrets(text: string, secrets: Iterable<string>): string {
  let out = text;
  for (const secret of secrets) for (const form of forms(secret)) out = out.split(form).join('[session redacted]');
  return redactSession(out);
}

/**
 * The error without the secrets: a `ConnectorError` rebuilt with its message, body, record and
 * field redacted; any other error's message redacted in place. What the connector throws passes here.
 */
export function withoutSecrets(error: unknown, secrets: Iterable<string>): unknown {
  const list = [...secrets];
  if (error instanceof ConnectorError) {
    const d = error.details;
    const clean = (s: string | undefined) => (s === undefined ? undefined : redactSecrets(s, list));
    const details = Object.fromEntries(Object.entries({ ...d, body: clean(d.body), record: clean(d.record), field: clean(d.field) }).filter(([, v]) => v !== undefined));
    const scrubbed = new ConnectorError(error.code, redactSecrets(error.message, list), details);
    if (error.stack) scrubbed.stack = redactSecrets(error.stack, list);
    return scrubbed;
  }
  if (error instanceof Error) {
    error.message = redactSecrets(error.message, list);
    if (error.stack) error.stack = redactSecrets(error.stack, list);
  }
  return error;
}
