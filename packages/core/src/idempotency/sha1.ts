// Typed-array reads are always in range here; the cast only satisfies noUncheckedIndexedAccess.
const at = (words: Int32Array, i: number): number => words[i] as number;

/**
 * SHA-1 (FIPS 180-4) of `bytes`, synchronously and without any platform API. Used only where a
 * standard asks for it: name-based UUIDs (version 5, RFC 9562), never for security. Checked
 * against `node:crypto` in the tests.
 *
 * Returns the 20-byte digest. Total: never fails.
 */
export const sha1 = (bytes: Uint8Array): Uint8Array => {
  // The message, a 1 bit, zeros, and the length in bits as 64 bits big-endian: whole 64-byte blocks.
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
  const h = Int32Array.from([0x67452301, 0xefcdab89, 0x98badcfe, 0x10325476, 0xc3d2e1f0]);
  const w = new Int32Array(80);
  for (let offset = 0; offset < end; offset += 64) {
    for (let t = 0; t < 16; t += 1) {
      const i = offset + t * 4;
      w[t] =
        ((padded[i] as number) << 24) |
        ((padded[i + 1] as number) << 16) |
        ((padded[i + 2] as number) << 8) |
        (padded[i + 3] as number);
    }
    for (let t = 16; t < 80; t += 1) {
      const x = at(w, t - 3) ^ at(w, t - 8) ^ at(w, t - 14) ^ at(w, t - 16);
      w[t] = (x << 1) | (x >>> 31);
    }
    let a = at(h, 0);
    let b = at(h, 1);
    let c = at(h, 2);
    let d = at(h, 3);
    let e = at(h, 4);
    for (let t = 0; t < 80; t += 1) {
      const [f, k] =
        t < 20
          ? [(b & c) | (~b & d), 0x5a827999]
          : t < 40
            ? [b ^ c ^ d, 0x6ed9eba1]
            : t < 60
              ? [(b & c) | (b & d) | (c & d), 0x8f1bbcdc]
              : [b ^ c ^ d, 0xca62c1d6];
      const temp = (((a << 5) | (a >>> 27)) + f + e + k + at(w, t)) | 0;
      e = d;
      d = c;
      c = (b << 30) | (b >>> 2);
      b = a;
      a = temp;
    }
    h[0] = (at(h, 0) + a) | 0;
    h[1] = (at(h, 1) + b) | 0;
    h[2] = (at(h, 2) + c) | 0;
    h[3] = (at(h, 3) + d) | 0;
    h[4] = (at(h, 4) + e) | 0;
  }
  const digest = new Uint8Array(20);
  for (let i = 0; i < 5; i += 1) {
    const word = at(h, i);
    digest[i * 4] = word >>> 24;
    digest[i * 4 + 1] = (word >>> 16) & 0xff;
    digest[i * 4 + 2] = (word >>> 8) & 0xff;
    digest[i * 4 + 3] = word & 0xff;
  }
  return digest;
};
