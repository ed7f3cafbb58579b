// Mercado Pago writes instants in its own offset (UTC−4), with milliseconds.
const OFFSET_MS = -4 * 3_600_000;

/**
 * An instant as Mercado Pago writes it: ISO-8601 with milliseconds and the `-04:00` offset
 * (`2014-12-11T11:26:40.537-04:00`). Total: an invalid date gives `"Invalid Date"`, which no
 * parser here accepts.
 */
export const toWireDate = (date: Date): string => {
  const shifted = date.getTime() + OFFSET_MS;
  // An invalid date has no ISO form; its text is what `parsePayment` then refuses, by path.
  // So has one that the offset moves out of the range of dates.
  if (Number.isNaN(shifted) || Math.abs(shifted) > 8.64e15) return 'Invalid Date';
  // toISOString always ends in `Z`.
  return `${new Date(shifted).toISOString().slice(0, -1)}-04:00`;
};
