/** One compression step of a hash over the 64-byte block of `block` at `offset`, into `h`. */
export type Compress = (h: Int32Array, block: Uint8Array, offset: number) => void;

// The last one or two blocks with their padding, reused by every call: hashing is synchronous
// and no compression step hashes again, so two calls never share it at once.
const tail = new Uint8Array(128);

/**
 * Feeds the first `length` bytes of `bytes` to `compress` as SHA-1 and SHA-256 pad them (FIPS
 * 180-4 §5.1.1): the message, a 1 bit, zeros, and the length in bits as 64 bits big-endian, in
 * whole 64-byte blocks. The whole blocks of the message are read where they are and only the
 * padded tail is written, so no copy of the message is made.
 */
export const hashPadded = (
  h: Int32Array,
  bytes: Uint8Array,
  length: number,
  compress: Compress,
): void => {
  const whole = length - (length % 64);
  for (let offset = 0; offset < whole; offset += 64) compress(h, bytes, offset);
  const rest = length - whole;
  const end = rest + 9 <= 64 ? 64 : 128;
  tail.fill(0, 0, end);
  for (let i = 0; i < rest; i += 1) tail[i] = bytes[whole + i] as number;
  tail[rest] = 0x80;
  const bits = length * 8;
  const high = Math.floor(bits / 0x1_0000_0000);
  for (let i = 0; i < 4; i += 1) {
    tail[end - 8 + i] = (high >>> (24 - i * 8)) & 0xff;
    tail[end - 4 + i] = (bits >>> (24 - i * 8)) & 0xff;
  }
  for (let offset = 0; offset < end; offset += 64) compress(h, tail, offset);
};

/**
 * Reads the 16 big-endian words of the block at `offset` into the start of `w`.
 */
export const readBlock = (block: Uint8Array, offset: number, w: Int32Array): void => {
  for (let t = 0; t < 16; t += 1) {
    const i = offset + t * 4;
    w[t] =
      ((block[i] as number) << 24) |
      ((block[i + 1] as number) << 16) |
      ((block[i + 2] as number) << 8) |
      (block[i + 3] as number);
  }
};

/**
 * The digest of a hash state: its words, big-endian.
 *
 * Returns `4 × h.length` bytes.
 */
export const digestOf = (h: Int32Array): Uint8Array => {
  const digest = new Uint8Array(h.length * 4);
  for (let i = 0; i < h.length; i += 1) {
    const word = h[i] as number;
    digest[i * 4] = word >>> 24;
    digest[i * 4 + 1] = (word >>> 16) & 0xff;
    digest[i * 4 + 2] = (word >>> 8) & 0xff;
    digest[i * 4 + 3] = word & 0xff;
  }
  return digest;
};
