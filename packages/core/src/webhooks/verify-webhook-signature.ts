import { errAsync, okAsync, type ResultAsync } from 'neverthrow';
import {
  type WebhookSignatureError,
  webhookSignatureMalformed,
  webhookSignatureMismatch,
  webhookSignatureMissing,
  webhookTimestampStale,
} from '../errors.js';
import { hmacSha256 } from './hmac-sha256.js';
import { webhookManifest } from './webhook-manifest.js';

/** The parts of a received notification that its signature covers, as they arrived. */
export interface ReceivedWebhook {
  /** The `x-signature` header, or `undefined` when absent. */
  readonly xSignature: string | undefined;
  /** The `x-request-id` header, or `undefined` when absent. */
  readonly xRequestId: string | undefined;
  /** `data.id` from the query string of the notification URL, or `undefined` when absent. */
  readonly dataId: string | undefined;
}

/** When the notification is checked, and how far its timestamp may be from then. */
export interface VerifyWebhookOptions {
  /** The instant to check the timestamp against (the core has no clock). */
  readonly now: Date;
  /** How far, either side of `now`, the signature's `ts` may lie; 5 minutes when absent. */
  readonly toleranceMs?: number;
}

/** The tolerance `verifyWebhookSignature` allows when given none: 5 minutes either side of `now`. */
export const DEFAULT_WEBHOOK_TOLERANCE_MS = 5 * 60_000;

// Beyond this a `ts` cannot be seconds (it would be past the year 5000): read it as milliseconds.
const MILLISECONDS_FROM = 100_000_000_000;
const TS = /^\d{1,16}$/;
const V1 = /^[0-9a-fA-F]{64}$/;

const fromHex = (hex: string): Uint8Array =>
  Uint8Array.from({ length: hex.length / 2 }, (_, i) =>
    Number.parseInt(hex.slice(i * 2, i * 2 + 2), 16),
  );

// Time depends on the length only, never on where the first difference is.
const equalInConstantTime = (a: Uint8Array, b: Uint8Array): boolean => {
  if (a.length !== b.length) return false;
  let difference = 0;
  for (let i = 0; i < a.length; i += 1) difference |= (a[i] ?? 0) ^ (b[i] ?? 0);
  return difference === 0;
};

const partsOf = (header: string): Map<string, string> => {
  const parts = new Map<string, string>();
  for (const part of header.split(',')) {
    const at = part.indexOf('=');
    if (at > 0) parts.set(part.slice(0, at).trim(), part.slice(at + 1).trim());
  }
  return parts;
};

/**
 * Verifies a notification's signature as Mercado Pago makes it: `x-signature` is
 * `ts=<unix seconds>,v1=<hex>` and `v1` must be the HMAC-SHA256, keyed by `secret`, of the
 * manifest `id:<data.id>;request-id:<x-request-id>;ts:<ts>;` (absent parts left out). The
 * digests are compared in constant time, through Web Crypto, and the timestamp must lie within
 * `toleranceMs` of `now` (a `ts` too large for seconds is read as milliseconds). Pure: the
 * caller gives the time.
 *
 * Returns nothing on success, or `WebhookSignatureMissing`, `WebhookSignatureMalformed`,
 * `WebhookSignatureMismatch`, `WebhookTimestampStale` or `WebhookSecretInvalid`. Verify before
 * reading the body: nothing of an unverified notification is to be trusted.
 */
export const verifyWebhookSignature = (
  received: ReceivedWebhook,
  secret: string,
  options: VerifyWebhookOptions,
): ResultAsync<void, WebhookSignatureError> => {
  const header = received.xSignature?.trim();
  if (header === undefined || header === '') return errAsync(webhookSignatureMissing());
  const parts = partsOf(header);
  const ts = parts.get('ts');
  const v1 = parts.get('v1');
  if (ts === undefined || !TS.test(ts)) {
    return errAsync(webhookSignatureMalformed('x-signature must carry ts=<unix seconds>'));
  }
  if (v1 === undefined || !V1.test(v1)) {
    return errAsync(webhookSignatureMalformed('x-signature must carry v1=<64 hex digits>'));
  }
  const toleranceMs = options.toleranceMs ?? DEFAULT_WEBHOOK_TOLERANCE_MS;
  const tsNumber = Number(ts);
  const signedAtMs = tsNumber >= MILLISECONDS_FROM ? tsNumber : tsNumber * 1000;
  const nowMs = options.now.getTime();
  const manifest = webhookManifest({
    dataId: received.dataId,
    xRequestId: received.xRequestId,
    ts,
  });
  return hmacSha256(secret, manifest).andThen(
    (expected): ResultAsync<void, WebhookSignatureError> => {
      // The signature first: a forged notification learns nothing about the clock.
      if (!equalInConstantTime(expected, fromHex(v1))) return errAsync(webhookSignatureMismatch());
      if (!(Math.abs(nowMs - signedAtMs) <= toleranceMs)) {
        return errAsync(webhookTimestampStale({ signedAtMs, nowMs, toleranceMs }));
      }
      return okAsync(undefined);
    },
  );
};
