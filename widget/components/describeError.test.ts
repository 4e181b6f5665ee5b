import { describe, expect, it } from 'vitest';
import { translator } from '../i18n/index.js';
import { describeError } from './describeError.js';

const t = translator('en');

describe('describeError', () => {
  it('offers Try again only for a passing trouble', () => {
    expect(describeError({ message: 'fetch failed', code: 'NETWORK_ERROR' }, t).retry).toBe(true);
    expect(describeError({ message: 'locked', code: 'UNABLE_TO_LOCK_ROW' }, t).retry).toBe(true);
    expect(describeError({ message: 'busy', code: 'SOMETHING', details: { status: 503 } }, t).retry).toBe(true);
    expect(describeError({ message: 'Session expired or invalid', code: 'INVALID_SESSION_ID' }, t)).toEqual({ headline: t('error.session'), details: null, retry: false });
    expect(describeError({ message: 'no access', code: 'INSUFFICIENT_ACCESS_OR_READONLY' }, t).retry).toBe(false);
  });

  it('tells a rep whom to ask about setup, keeping the details for the admin', () => {
    const view = describeError({ message: 'Business rule "push bunting": weight must be above 0', code: 'INVALID_RULE' }, t);
    expect(view).toEqual({ headline: t('error.admin'), details: 'Business rule "push bunting": weight must be above 0', retry: false });
    expect(describeError({ message: 'No prepared model in this org yet: an administrator runs …' }, t).headline).toBe(t('error.admin'));
  });

  it('shows an org’s validation message as written, with nothing to retry', () => {
    expect(describeError({ message: 'Opportunities are closed this month', code: 'FIELD_CUSTOM_VALIDATION_EXCEPTION' }, t)).toEqual({ headline: 'Opportunities are closed this month', details: null, retry: false });
  });
});
