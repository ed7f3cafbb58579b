import { describe, expect, it } from 'vitest';
import { parseRetryAfter } from '../src/index.js';

const now = Date.parse('2026-03-02T12:00:00.000Z');

describe('parseRetryAfter', () => {
  it.each([
    ['reads delay-seconds', '120', 120_000],
    ['reads 0 seconds', '0', 0],
    ['tolerates surrounding spaces', ' 3 ', 3_000],
    ['reads an IMF-fixdate', 'Mon, 02 Mar 2026 12:00:30 GMT', 30_000],
    ['reads the obsolete RFC 850 date', 'Monday, 02-Mar-26 12:00:05 GMT', 5_000],
    ['reads the asctime date as GMT', 'Mon Mar  2 12:01:00 2026', 60_000],
    ['answers 0 for a date already past', 'Mon, 02 Mar 2026 11:00:00 GMT', 0],
    ['ignores an absent header', null, null],
    ['ignores a fraction of seconds', '1.5', null],
    ['ignores a negative number', '-1', null],
    ['ignores words', 'soon', null],
    ['ignores an empty header', '', null],
    ['ignores a weekday with a broken date', 'Mon, 99 Foo 2026 GMT', null],
  ] as const)('%s', (_rule, header, expected) => {
    expect(parseRetryAfter(header, now)).toBe(expected);
  });
});
