/** The parts of a notification its signature covers. */
export interface WebhookManifestParts {
  /** `data.id` from the notification URL's query string. */
  readonly dataId?: string | undefined;
  /** The `x-request-id` header. */
  readonly xRequestId?: string | undefined;
  /** The `ts` of the `x-signature` header, as written there. */
  readonly ts?: string | undefined;
}

const ALPHANUMERIC = /^[A-Za-z0-9]+$/;

/**
 * The text Mercado Pago signs: `id:<data.id>;request-id:<x-request-id>;ts:<ts>;`. An
 * alphanumeric `data.id` is lowercased; a part whose value is absent (or empty) is left out,
 * as Mercado Pago's documents say. Pure; returns the manifest.
 */
export const webhookManifest = (parts: WebhookManifestParts): string => {
  const dataId =
    parts.dataId !== undefined && ALPHANUMERIC.test(parts.dataId)
      ? parts.dataId.toLowerCase()
      : parts.dataId;
  return [
    ['id', dataId],
    ['request-id', parts.xRequestId],
    ['ts', parts.ts],
  ]
    .filter(([, value]) => value !== undefined && value !== '')
    .map(([name, value]) => `${name}:${value};`)
    .join('');
};
