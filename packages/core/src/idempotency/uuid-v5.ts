import { sha1 } from './sha1.js';

const encoder = new TextEncoder();

const HEX = /^[0-9a-f]{8}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{12}$/i;

/** The 16 bytes of a UUID written in hex (with or without dashes), or `null` when it is not one. */
export const uuidBytes = (uuid: string): Uint8Array | null => {
  if (!HEX.test(uuid)) return null;
  const hex = uuid.replaceAll('-', '');
  return Uint8Array.from({ length: 16 }, (_, i) =>
    Number.parseInt(hex.slice(i * 2, i * 2 + 2), 16),
  );
};

/**
 * The name-based UUID (version 5, RFC 9562 §5.5) of `name` in `namespace`: the SHA-1 of the
 * namespace's 16 bytes followed by the UTF-8 bytes of the name, with the version and variant bits
 * set. The same name in the same namespace always gives the same UUID, in any process.
 *
 * Returns the UUID in its lower-case dashed form. Total: never fails.
 */
export const uuidV5 = (name: string, namespace: Uint8Array): string => {
  const nameBytes = encoder.encode(name);
  const input = new Uint8Array(namespace.length + nameBytes.length);
  input.set(namespace);
  input.set(nameBytes, namespace.length);
  const bytes = sha1(input).slice(0, 16);
  // Version 5 in the high nibble of byte 6; variant 10xx in the high bits of byte 8.
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x50;
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80;
  const hex = Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
};
