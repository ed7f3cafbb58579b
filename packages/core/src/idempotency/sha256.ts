import { type Compress, digestOf, hashPadded, readBlock } from './merkle-damgard.js';

// FIPS 180-4: the first 32 bits of the fractional parts of the cube roots of the first 64 primes.
const K = Int32Array.from([
  0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
  0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
  0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
  0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
  0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
  0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
  0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
  0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
]);
const INITIAL = Int32Array.from([
  0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19,
]);

// The message schedule, reused by every call (hashing is synchronous).
const w = new Int32Array(64);

// Typed-array reads are always in range here; the casts only satisfy noUncheckedIndexedAccess.
const at = (words: Int32Array, i: number): number => words[i] as number;

const compress: Compress = (h, block, offset) => {
  readBlock(block, offset, w);
  for (let t = 16; t < 64; t += 1) {
    const w15 = at(w, t - 15);
    const w2 = at(w, t - 2);
    const s0 = ((w15 >>> 7) | (w15 << 25)) ^ ((w15 >>> 18) | (w15 << 14)) ^ (w15 >>> 3);
    const s1 = ((w2 >>> 17) | (w2 << 15)) ^ ((w2 >>> 19) | (w2 << 13)) ^ (w2 >>> 10);
    w[t] = (at(w, t - 16) + s0 + at(w, t - 7) + s1) | 0;
  }
  let a = at(h, 0);
  let b = at(h, 1);
  let c = at(h, 2);
  let d = at(h, 3);
  let e = at(h, 4);
  let f = at(h, 5);
  let g = at(h, 6);
  let hh = at(h, 7);
  for (let t = 0; t < 64; t += 1) {
    const s1 = ((e >>> 6) | (e << 26)) ^ ((e >>> 11) | (e << 21)) ^ ((e >>> 25) | (e << 7));
    const choice = (e & f) ^ (~e & g);
    const t1 = (hh + s1 + choice + at(K, t) + at(w, t)) | 0;
    const s0 = ((a >>> 2) | (a << 30)) ^ ((a >>> 13) | (a << 19)) ^ ((a >>> 22) | (a << 10));
    const majority = (a & b) ^ (a & c) ^ (b & c);
    hh = g;
    g = f;
    f = e;
    e = (d + t1) | 0;
    d = c;
    c = b;
    b = a;
    a = (t1 + s0 + majority) | 0;
  }
  h[0] = (at(h, 0) + a) | 0;
  h[1] = (at(h, 1) + b) | 0;
  h[2] = (at(h, 2) + c) | 0;
  h[3] = (at(h, 3) + d) | 0;
  h[4] = (at(h, 4) + e) | 0;
  h[5] = (at(h, 5) + f) | 0;
  h[6] = (at(h, 6) + g) | 0;
  h[7] = (at(h, 7) + hh) | 0;
};

/**
 * SHA-256 of the first `length` bytes of `bytes`, into `h` (8 words, overwritten), without
 * copying the message. For {@link requestFingerprint}, which hashes from a buffer it keeps.
 */
export const sha256Into = (h: Int32Array, bytes: Uint8Array, length: number): void => {
  h.set(INITIAL);
  hashPadded(h, bytes, length, compress);
};

/**
 * SHA-256 (FIPS 180-4) of `bytes`, synchronously and without any platform API, so the core stays
 * pure and runs anywhere (Web Crypto's digest is asynchronous). Checked against `node:crypto` in
 * the tests.
 *
 * Returns the 32-byte digest. Total: never fails.
 */
export const sha256 = (bytes: Uint8Array): Uint8Array => {
  const h = new Int32Array(8);
  sha256Into(h, bytes, bytes.length);
  return digestOf(h);
};
