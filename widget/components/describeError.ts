import type { Translate } from '../i18n/index.js';

/** An error as it reaches the page: a message, and the connector's code when comlink carried it. */
export interface PageError {
  message: string;
  code?: string;
  details?: { status?: number; record?: string; field?: string };
}

/** What the person reading is told: a sentence for them, the raw message for whoever fixes it, and whether trying again can help. */
export interface ErrorView {
  headline: string;
  details: string | null;
  retry: boolean;
}

/** Codes of a passing trouble: the network, Salesforce busy or a row locked by another save, a limit that resets. */
const TRANSIENT = new Set(['NETWORK_ERROR', 'HTML_ERROR_PAGE', 'UNABLE_TO_LOCK_ROW', 'REQUEST_LIMIT_EXCEEDED', 'SERVER_UNAVAILABLE', 'UNKNOWN_EXCEPTION', 'BAD_RESPONSE', 'UNKNOWN_ERROR']);
/** Codes an admin fixes: setup of the package, rules, the price book, the model. */
const ADMIN = new Set(['INVALID_RULE', 'PRICEBOOK_INACTIVE', 'MISSING_PRICEBOOK_ENTRY', 'MISSING_CURRENCY', 'MODEL_LIBRARY_NOT_SET', 'NO_MODEL', 'INVALID_TYPE', 'INVALID_FIELD']);
/** Codes of access the user does not have. */
const ACCESS = new Set(['INSUFFICIENT_ACCESS_OR_READONLY', 'INSUFFICIENT_ACCESS_ON_CROSS_REFERENCE_ENTITY', 'API_CURRENTLY_DISABLED', 'NOT_FOUND']);

/**
 * Says what went wrong for the person reading: a session that ended is a reload, missing access or
 * setup is a question for the admin (the org's message kept as details for them), a passing trouble
 * (network, a locked row, a limit) is worth trying again, and only then is "Try again" offered. A
 * validation message from the org is shown as the org wrote it (an admin wrote it for the rep).
 */
export function describeError(error: PageError, t: Translate): ErrorView {
  const code = error.code ?? '';
  if (code === 'INVALID_SESSION_ID') return { headline: t('error.session'), details: null, retry: false };
  if (ACCESS.has(code)) return { headline: t('error.access'), details: error.message, retry: false };
  if (ADMIN.has(code) || /prepared model|no model/i.test(error.message)) return { headline: t('error.admin'), details: error.message, retry: false };
  const status = error.details?.status ?? 0;
  if (TRANSIENT.has(code) || status >= 500 || status === 429) return { headline: `${t('error.title')}: ${error.message}`, details: null, retry: true };
  // The org's own words (a validation rule), or an error without a code: as it is, nothing to retry blindly.
  return { headline: error.message, details: null, retry: code === '' };
}
