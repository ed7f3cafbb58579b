/**
 * A fresh idempotency key: a random UUID v4 from the platform's Web Crypto, as Mercado Pago
 * suggests. Use one per logical write and reuse it on every retry of that write.
 */
export const newIdempotencyKey = (): string => globalThis.crypto.randomUUID();
