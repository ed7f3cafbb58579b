// Mercado Pago writes instants in its own offset (UTC−4), with milliseconds.
const OFFSET_MS = -4 * 3_600_000;

/**
 * An instant as Mercado Pago writes it: ISO-8601 with milliseconds and the `-04:00` offset
 * (`2014-12-11T11:26:40.537-04:00`). Total for valid dates.
 */
export const toWireDate = (date: Date): string =>
  `${new Date(date.getTime() + OFFSET_MS).toISOString().slice(0, 23)}-04:00`;
