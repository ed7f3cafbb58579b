import type { ResultAsync } from 'neverthrow';
import type { WebhookSecretInvalid } from '../errors.js';
import { hmacSha256, toHex } from './hmac-sha256.js';
import { webhookManifest } from './webhook-manifest.js';

/** What {@link signWebhook} signs. */
export interface WebhookSignatureInput {
  /** The payment id sent as `data.id` in the query string; left out of the manifest when absent. */
  readonly dataId?: string | undefined;
  /** The `x-request-id` header; left out of the manifest when absent. */
  readonly xRequestId?: string | undefined;
  /** The signing instant, in Unix seconds. */
  readonly ts: number;
}

/**
 * Signs a notification as Mercado Pago does: the lowercase hex HMAC-SHA256, keyed by
 * `secret`, of the manifest `id:<data.id>;request-id:<x-request-id>;ts:<ts>;`. The inverse of
 * `verifyWebhookSignature`, for tests and the sandbox.
 *
 * Returns the `x-signature` header value, `ts=<ts>,v1=<hex>`, or `WebhookSecretInvalid` for an
 * empty secret.
 */
export const signWebhook = (
  input: WebhookSignatureInput,
  secret: string,
): ResultAsync<string, WebhookSecretInvalid> => {
  const ts = String(input.ts);
  return hmacSha256(
    secret,
    webhookManifest({ dataId: input.dataId, xRequestId: input.xRequestId, ts }),
  ).map((digest) => `ts=${ts},v1=${toHex(digest)}`);
};
