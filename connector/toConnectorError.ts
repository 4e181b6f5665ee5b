import { ConnectorError } from './ConnectorError.js';

/** What jsforce throws for an HTTP error: Salesforce's `errorCode`, and the parsed body or raw text as `data`. */
interface JsforceHttpError {
  errorCode?: string;
  name?: string;
  message?: string;
  data?: unknown;
  code?: string;
  type?: string;
}

/**
 * Any failure of a request as a `ConnectorError`: Salesforce's error (its code, message and
 * fields), an HTML error page (a proxy or an unreachable org), or a network failure.
 */
export function toConnectorError(error: unknown): ConnectorError {
  if (error instanceof ConnectorError) return error;
  const e = (error ?? {}) as JsforceHttpError;
  const code = e.errorCode;
  if (typeof code === 'string' && /^ERROR_HTTP_\d+$/.test(code)) {
    const status = Number(code.slice('ERROR_HTTP_'.length));
    const body = typeof e.data === 'string' ? e.data : JSON.stringify(e.data ?? '');
    if (/<html/i.test(body)) return new ConnectorError('HTML_ERROR_PAGE', `Salesforce answered with an HTML error page (HTTP ${status}): the org may be down or a proxy in the way`, { status, body });
    return new ConnectorError(code, `Salesforce answered HTTP ${status}`, { status, body });
  }
  if (typeof code === 'string') {
    const data = e.data as { message?: string; fields?: string[] } | undefined;
    return new ConnectorError(code, data?.message ?? e.message ?? code, { body: JSON.stringify(e.data ?? null), field: data?.fields?.[0] });
  }
  if (e.name === 'FetchError' || e.type === 'system' || e.code === 'ECONNREFUSED' || error instanceof TypeError) {
    return new ConnectorError('NETWORK_ERROR', `Salesforce could not be reached: ${e.message ?? String(error)}`);
  }
  return new ConnectorError('UNKNOWN_ERROR', e.message ?? String(error));
}
