import { describe, expect, it } from 'vitest';
import { orgUrl } from './orgUrl.js';
import { UsageError } from './UsageError.js';

describe('orgUrl', () => {
  it('accepts https anywhere and http to this machine only', () => {
    for (const url of ['https://acme.my.salesforce.com', 'http://localhost:8787', 'http://127.0.0.1:8787/', 'http://[::1]:8787', 'HTTP://LOCALHOST']) {
      expect(orgUrl(url, 'recommend')).toBe(url);
    }
  });

  it.each([
    ['http://acme.my.salesforce.com', /is plain http: the session would cross the network unencrypted/],
    ['http://127.0.0.2', /is plain http/],
    ['http://localhost.evil.example', /is plain http/],
    ['ftp://acme.example', /must be an https URL, got "ftp:\/\/acme.example"/],
    ['acme.my.salesforce.com', /must be the org's URL, such as https:\/\/yourdomain.my.salesforce.com, got "acme.my.salesforce.com"/],
  ])('refuses %s', (url, message) => {
    expect(() => orgUrl(url, 'recommend')).toThrow(UsageError);
    expect(() => orgUrl(url, 'recommend')).toThrow(message);
  });
});
