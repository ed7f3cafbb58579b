import { type Unauthorized, unauthorized } from '@reembolso/core';
import { err, ok, type Result } from 'neverthrow';
import type { SandboxRequest } from './sandbox-request.js';

// RFC 6750's b64token: the characters a bearer token may have.
const BEARER = /^Bearer +([A-Za-z0-9\-._~+/]+=*) *$/i;

/**
 * The access token of a request, from `Authorization: Bearer <token>`. Returns the
 * token, or `Unauthorized` when the header is missing or not a bearer token; the error never
 * repeats what was sent.
 */
export const bearerTokenOf = (request: SandboxRequest): Result<string, Unauthorized> => {
  const header = request.headers.get('authorization');
  if (header === null) return err(unauthorized('missing Authorization: Bearer header'));
  const token = BEARER.exec(header)?.[1];
  return token === undefined
    ? err(unauthorized('Authorization header must be "Bearer <access token>"'))
    : ok(token);
};
