import type { GatewayError } from '@reembolso/core';
import type { Result } from 'neverthrow';

/** The `type` of a gateway call's error, or `'ok'`: what tests compare outcomes by. */
export const outcomeType = <T>(result: Result<T, GatewayError>): GatewayError['type'] | 'ok' =>
  result.isErr() ? result.error.type : 'ok';
