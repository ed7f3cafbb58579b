// How the demo tells a refusal, the same way everywhere: its type, its Mercado Pago code when it
// has one, and the reason in words (`TooManyRefunds: a payment takes at most 20 refunds`).
import { type Currency, formatAmount, type ReembolsoError } from '@reembolso/core';
import { match, P } from 'ts-pattern';

/** The reason of `error` in words; amounts in `currency` when it is known. */
const reasonOf = (error: ReembolsoError, currency: Currency | null): string => {
  const amount = (minor: number) =>
    currency === null ? `${minor} minor units` : formatAmount(minor, currency);
  return match(error)
    .with(
      { type: 'InvalidPaymentState' },
      (e) => `a ${e.status}/${e.statusDetail ?? '-'} payment cannot be refunded`,
    )
    .with(
      { type: 'RefundWindowExpired' },
      (e) => `the refund window closed at ${e.deadline ?? 'an unknown instant'}`,
    )
    .with({ type: 'PartialRefundUnsupported' }, (e) => `only full refunds (${e.reason})`)
    .with({ type: 'AmountExceedsRefundable' }, (e) => `only ${amount(e.remaining)} remain`)
    .with(
      { type: 'InsufficientBalance' },
      (e) => `a balance of ${amount(e.available)} cannot cover a debit of ${amount(e.required)}`,
    )
    .with({ type: 'CancellationNotAllowed' }, (e) => `no cancellation from status ${e.status}`)
    .with({ type: P.string }, (e) => e.message)
    .exhaustive();
};

/** `Type (code): reason`, or `Type: reason` for a refusal Mercado Pago gives no code. */
export const refusalText = (error: ReembolsoError, currency: Currency | null): string =>
  `${error.type}${error.code === null ? '' : ` (${error.code})`}: ${reasonOf(error, currency)}`;

/**
 * `parts` joined by `, ` into lines of at most `width` columns: the first after `head`, the
 * others indented to line up under it. A part starts a new line when it does not fit; one too
 * long for any line is broken between words.
 */
export const wrapParts = (head: string, parts: readonly string[], width = 120): string[] => {
  const indent = ' '.repeat(head.length);
  const lines: string[] = [];
  let line = head;
  let empty = true;
  const put = (word: string, separator: string) => {
    if (!empty && [...line].length + separator.length + [...word].length > width) {
      lines.push(line);
      line = indent;
      empty = true;
    }
    line = empty ? `${line}${word}` : `${line}${separator}${word}`;
    empty = false;
  };
  for (const [index, part] of parts.entries()) {
    const piece = index < parts.length - 1 ? `${part},` : part;
    // A part too long for any line goes word by word; any other stays whole.
    if (indent.length + piece.length > width) for (const word of piece.split(' ')) put(word, ' ');
    else put(piece, ' ');
  }
  lines.push(line);
  return lines;
};
