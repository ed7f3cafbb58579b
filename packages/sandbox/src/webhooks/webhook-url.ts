import { type BadRequest, badRequest } from '@reembolso/core';
import { err, ok, type Result } from 'neverthrow';

const MAX_URL_LENGTH = 2048;

/**
 * Checks a webhook URL: an absolute `http:` or `https:` URL of at most 2048 characters. Returns
 * it, or `BadRequest` naming `field` (never echoing the value).
 */
export const webhookUrlOf = (field: string, value: unknown): Result<string, BadRequest> => {
  if (typeof value !== 'string' || value.length > MAX_URL_LENGTH || !URL.canParse(value)) {
    return err(badRequest(`${field} must be an absolute http or https URL`));
  }
  const url = new URL(value);
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    return err(badRequest(`${field} must be an absolute http or https URL`));
  }
  return ok(value);
};
