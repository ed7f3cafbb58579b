import { wireIdOf } from '@reembolso/core';
import * as v from 'valibot';

/**
 * A request field holding a Mercado Pago id, by the core's one id rule (`wireIdOf`): a safe
 * non-negative integer or a string of its digits, read as the digits. Refused with `message`.
 */
export const wireIdField = (message: string) =>
  v.pipe(
    v.custom<number | string>((value) => wireIdOf(value) !== null, message),
    v.transform((value) => wireIdOf(value) ?? ''),
  );
