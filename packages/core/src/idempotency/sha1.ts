import { type Compress, digestOf, hashPadded, readBlock } from './merkle-damgard.js';

// Typed-array reads are always in range here; the cast only satisfies noUncheckedIndexedAccess.
const at = (words: Int32Array, i: number): number => words[i] as number;

// The message schedule, reused by every call (hashing is synchronous).
const w = new Int32Array(80);

const compress: Compress = (h, block, offset) => {
  readBlock(block, offset, w);
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
};

/**
 * SHA-1 (FIPS 180-4) of `bytes`, synchronously and without any platform API. Used only where a
 * standard asks for it: name-based UUIDs (version 5, RFC 9562), never for security. Checked
 * against `node:crypto` in the tests.
 *
 * Returns the 20-byte digest. Total: never fails.
 */
export const sha1 = (bytes: Uint8Array): Uint8Array => {
  const h = Int32Array.from([0x67452301, 0xefcdab89, 0x98badcfe, 0x10325476, 0xc3d2e1f0]);
  hashPadded(h, bytes, bytes.length, compress);
  return digestOf(h);
};
