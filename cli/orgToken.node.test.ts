import { describe, expect, it } from 'vitest';
import { captureStream } from '../test/support/captureStream.js';
import { orgToken } from './orgToken.js';

describe('orgToken', () => {
  it('prefers SF_ACCESS_TOKEN, saying a --token given too is ignored', () => {
    const err = captureStream();
    expect(orgToken('from-flag', 'prepare', err.stream, { SF_ACCESS_TOKEN: 'from-env' })).toBe('from-env');
    expect(err.text()).toBe('optimal-order prepare: --token ignored, SF_ACCESS_TOKEN is set and used\n');
    const quiet = captureStream();
    expect(orgToken(undefined, 'prepare', quiet.stream, { SF_ACCESS_TOKEN: 'from-env' })).toBe('from-env');
    expect(quiet.text()).toBe('');
  });

  it('takes --token without SF_ACCESS_TOKEN, with a warning that never shows the token', () => {
    const err = captureStream();
    expect(orgToken('secret-123', 'recommend', err.stream, {})).toBe('secret-123');
    expect(err.text()).toContain('--token shows in the process list (ps)');
    expect(err.text()).not.toContain('secret-123');
  });

  it('asks for SF_ACCESS_TOKEN when there is neither', () => {
    expect(() => orgToken(undefined, 'recommend', captureStream().stream, {})).toThrow('--org needs an access token: set SF_ACCESS_TOKEN');
  });
});
