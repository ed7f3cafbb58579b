import { err, ok, type Result } from 'neverthrow';
import { type PaymentParseError, paymentParseError } from '../errors.js';
import { isWithinJsonDepth, MAX_JSON_DEPTH } from '../wire/json-depth.js';

/**
 * Refuses payment or refund JSON nested deeper than {@link MAX_JSON_DEPTH} levels before any
 * schema walks it: such a value (a `metadata` 6 000 levels deep) would be stored and
 * then overflow the stack of whoever writes it out. Total; walks without recursion.
 *
 * Returns the input, or a `PaymentParseError` at the root path.
 */
export const checkPaymentDepth = (json: unknown): Result<unknown, PaymentParseError> =>
  isWithinJsonDepth(json)
    ? ok(json)
    : err(
        paymentParseError({
          path: '',
          message: `value: nested deeper than ${MAX_JSON_DEPTH} levels`,
        }),
      );
