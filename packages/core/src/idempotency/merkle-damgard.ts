/**
 * The padding SHA-1 and SHA-256 share (FIPS 180-4 §5.1.1): the message, a 1 bit, zeros, and the
 * length in bits as 64 bits big-endian, in whole 64-byte blocks.
 *
 * Returns the padded copy; `bytes` is not changed.
 */
export const padMessage = (bytes: Uint8Array): Uint8Array => {
  const end = Math.ceil((bytes.length + 9) / 64) * 64;
  const padded = new Uint8Array(end);
  padded.set(bytes);
  padded[bytes.length] = 0x80;
  const bits = bytes.length * 8;
  const high = Math.floor(bits / 0x1_0000_0000);
  for (let i = 0; i < 4; i += 1) {
    padded[end - 8 + i] = (high >>> (24 - i * 8)) & 0xff;
    padded[end - 4 + i] = (bits >>> (24 - i * 8)) & 0xff;
  }
  return padded;
};

/**
 * Reads the 16 big-endian words of the block at `offset` into the start of `w`.
 */
export const readBlock = (padded: Uint8Array, offset: number, w: Int32Array): void => {
  for (let t = 0; t < 16; t += 1) {
    const i = offset + t * 4;
    w[t] =
      ((padded[i] as number) << 24) |
      ((padded[i + 1] as number) << 16) |
      ((padded[i + 2] as number) << 8) |
      (padded[i + 3] as number);
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
