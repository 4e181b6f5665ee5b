import { describe, expect, it } from 'vitest';
import { formatAgo } from './formatAgo.js';
import { formatDay } from './formatDay.js';
import { formatList } from './formatList.js';
import { durationUnit, formatDuration } from './formatDuration.js';
import { currencyDigits, formatMoney, roundMoney } from './formatMoney.js';
import { formatNumber } from './formatNumber.js';
import { formatPercent } from './formatPercent.js';

// Intl separates a number from its unit or currency with a no-break space (U+00A0); percent in
// Spanish too. Written out so a test says exactly what a rep sees.
const NBSP = '\u00a0';

describe('formatting over Intl', () => {
  it('numbers', () => {
    expect(formatNumber(1234.5, 'en')).toBe('1,234.5');
    expect(formatNumber(1234.5, 'es')).toBe('1234,5');
    expect(formatNumber(12345.5, 'es')).toBe('12.345,5');
    expect(formatNumber(2.1, 'en', { digits: 2 })).toBe('2.10');
    expect(formatNumber(2.1, 'es', { digits: 2 })).toBe('2,10');
  });

  it('money, with the currency as a parameter', () => {
    expect(formatMoney(1234.5, 'en', 'GBP')).toBe('£1,234.50');
    expect(formatMoney(1234.5, 'en-GB', 'GBP')).toBe('£1,234.50');
    expect(formatMoney(1234.5, 'es', 'GBP')).toBe(`1234,50${NBSP}GBP`);
    expect(formatMoney(12345.5, 'es', 'EUR')).toBe(`12.345,50${NBSP}€`);
    expect(formatMoney(1234.5, 'en', 'EUR')).toBe('€1,234.50');
    expect(formatMoney(1234.5, 'en', 'JPY')).toBe('¥1,235');
    expect(formatMoney(1.785, 'en', 'GBP', { maxDigits: 4 })).toBe('£1.785');
    expect(formatMoney(1.5, 'es', 'GBP', { maxDigits: 4 })).toBe(`1,50${NBSP}GBP`);
    expect(formatMoney(1.785, 'en', 'GBP')).toBe('£1.79');
  });

  it('rounds money to the currency unit', () => {
    expect(currencyDigits('GBP')).toBe(2);
    expect(currencyDigits('JPY')).toBe(0);
    expect(roundMoney(12 * 2.555, 'GBP')).toBe(30.66);
    expect(roundMoney(1234.5, 'JPY')).toBe(1235);
  });

  it('percentages, signed on request', () => {
    expect(formatPercent(0.05, 'en')).toBe('5%');
    expect(formatPercent(0.05, 'es')).toBe(`5${NBSP}%`);
    expect(formatPercent(-0.05, 'en', { signed: true })).toBe('-5%');
    expect(formatPercent(0.125, 'en', { signed: true })).toBe('+12.5%');
    expect(formatPercent(-0.05, 'es', { signed: true })).toBe(`-5${NBSP}%`);
  });

  it('dates, in UTC, from a day, a time or a Date', () => {
    expect(formatDay('2011-09-01', 'en')).toBe('September 1, 2011');
    expect(formatDay('2011-09-01', 'en-GB')).toBe('1 September 2011');
    expect(formatDay('2011-09-01', 'es')).toBe('1 de septiembre de 2011');
    expect(formatDay(Date.UTC(2011, 8, 1, 23, 30), 'es-MX', 'short')).toBe('01/09/11');
    expect(formatDay(new Date(Date.UTC(2011, 11, 31)), 'en', 'medium')).toBe('Dec 31, 2011');
    expect(() => formatDay('2011-02-30', 'en')).toThrow(/not a date: 2011-02-30/);
    expect(() => formatDay('2011-9-1', 'en')).toThrow(/not a date/);
  });

  it('how long ago, in days or scaled', () => {
    expect(formatAgo(0, 'en')).toBe('today');
    expect(formatAgo(0, 'es')).toBe('hoy');
    expect(formatAgo(1, 'en')).toBe('1 day ago');
    expect(formatAgo(64, 'en')).toBe('64 days ago');
    expect(formatAgo(64, 'es')).toBe('hace 64 días');
    expect(formatAgo(63, 'en', { scale: true })).toBe('9 weeks ago');
    expect(formatAgo(63, 'es', { scale: true })).toBe('hace 9 semanas');
    expect(formatAgo(7, 'en', { scale: true })).toBe('7 days ago');
  });

  it('spans in the unit they read best in', () => {
    expect(durationUnit(13)).toEqual({ unit: 'day', count: 13 });
    expect(durationUnit(35)).toEqual({ unit: 'week', count: 5 });
    expect(durationUnit(200)).toEqual({ unit: 'month', count: 7 });
    expect(formatDuration(1, 'en')).toBe('1 day');
    expect(formatDuration(35, 'en')).toBe('5 weeks');
    expect(formatDuration(35, 'es')).toBe('5 semanas');
    expect(formatDuration(200, 'es')).toBe('7 meses');
  });
});

describe('formatList', () => {
  it('joins as the language does, after other formatters of the same locale were built', () => {
    expect(formatNumber(1.5, 'es', { maxDigits: 1 })).toBe('1,5');
    expect(formatList(['A', 'B'], 'en')).toBe('A and B');
    expect(formatList(['A', 'B', 'C'], 'es')).toBe('A, B y C');
    expect(formatList(['A'], 'es')).toBe('A');
  });
});
