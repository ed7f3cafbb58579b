import { ResultAsync } from 'neverthrow';
import { type WebhookSecretInvalid, webhookSecretInvalid } from '../errors.js';

const encoder = new TextEncoder();

/**
 * The HMAC-SHA256 of `message` keyed by `secret`, both UTF-8, through Web Crypto
 * (`crypto.subtle`), so it runs on Node and edge runtimes alike. An empty secret, or one Web
 * Crypto refuses, is `WebhookSecretInvalid`.
 */
export const hmacSha256 = (
  secret: string,
  message: string,
): ResultAsync<Uint8Array, WebhookSecretInvalid> => {
  const run = async (): Promise<Uint8Array> => {
    if (secret === '') throw new Error('empty secret');
    const key = await globalThis.crypto.subtle.importKey(
      'raw',
      encoder.encode(secret),
      { name: 'HMAC', hash: 'SHA-256' },
      false,
      ['sign'],
    );
    return new Uint8Array(
      await globalThis.crypto.subtle.sign('HMAC', key, encoder.encode(message)),
    );
  };
  // One choke point: whatever Web Crypto throws becomes the typed error, never the secret.
  return ResultAsync.fromPromise(run(), () => webhookSecretInvalid());
};

/** Lowercase hex of `bytes`. */
export const toHex = (bytes: Uint8Array): string =>
  Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
