const DELAY_SECONDS = /^\s*(\d+)\s*$/;
const WEEKDAY = /^\s*(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*,?\s/;

/**
 * Reads an HTTP `Retry-After` header (RFC 9110 §10.2.3): either a number of seconds (`"120"`) or
 * an HTTP date in any of its three forms (`"Sun, 06 Nov 1994 08:49:37 GMT"`, the obsolete
 * RFC 850 and asctime forms), counted from `nowMs`. HTTP dates are always GMT, so the asctime
 * form, which does not say so, is read as GMT too.
 *
 * Returns the delay in milliseconds (0 for a date already past), or `null` when the header is
 * absent or unreadable. Total: never fails.
 */
export const parseRetryAfter = (header: string | null, nowMs: number): number | null => {
  if (header === null) return null;
  const seconds = DELAY_SECONDS.exec(header);
  if (seconds) return Number(seconds[1]) * 1000;
  // Every HTTP date starts with the day of the week; `Date.parse` alone reads "1.5" as a date.
  if (!WEEKDAY.test(header)) return null;
  const at = Date.parse(/GMT\s*$/.test(header) ? header : `${header.trim()} GMT`);
  return Number.isNaN(at) ? null : Math.max(0, at - nowMs);
};
