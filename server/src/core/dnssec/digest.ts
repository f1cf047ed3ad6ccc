/**
 * SHA-1, SHA-256 and SHA-384 (FIPS 180-4), in plain TypeScript: the core runs without node:crypto
 * (browser worker, CLI and server alike) and needs digests synchronously, for DS records computed
 * from DNSKEYs (cds-inconsistent). Inputs are small (a name and a key), so clarity over speed.
 * Tested against node:crypto in test/unit/dnssec.test.ts.
 */

function padded(msg: Uint8Array, block: number, lenBytes: number): Uint8Array {
  const n = msg.length;
  const total = Math.ceil((n + 1 + lenBytes) / block) * block;
  const out = new Uint8Array(total);
  out.set(msg);
  out[n] = 0x80;
  // Message length in bits, big-endian, in the last 8 octets (the 128-bit field's high part is 0).
  const bits = n * 8;
  const hi = Math.floor(bits / 0x100000000), lo = bits >>> 0;
  const v = new DataView(out.buffer);
  v.setUint32(total - 8, hi);
  v.setUint32(total - 4, lo);
  return out;
}

const rotl = (x: number, n: number) => (x << n) | (x >>> (32 - n));
const rotr = (x: number, n: number) => (x >>> n) | (x << (32 - n));

function words(h: number[]): Uint8Array {
  const out = new Uint8Array(h.length * 4);
  const v = new DataView(out.buffer);
  h.forEach((x, i) => v.setUint32(i * 4, x >>> 0));
  return out;
}

export function sha1(msg: Uint8Array): Uint8Array {
  const m = padded(msg, 64, 8);
  const v = new DataView(m.buffer);
  const h = [0x67452301, 0xefcdab89, 0x98badcfe, 0x10325476, 0xc3d2e1f0];
  const w = new Int32Array(80);
  for (let off = 0; off < m.length; off += 64) {
    for (let t = 0; t < 16; t++) w[t] = v.getInt32(off + t * 4);
    for (let t = 16; t < 80; t++) w[t] = rotl(w[t - 3] ^ w[t - 8] ^ w[t - 14] ^ w[t - 16], 1);
    let [a, b, c, d, e] = h;
    for (let t = 0; t < 80; t++) {
      const f = t < 20 ? (b & c) | (~b & d) : t < 40 ? b ^ c ^ d : t < 60 ? (b & c) | (b & d) | (c & d) : b ^ c ^ d;
      const k = t < 20 ? 0x5a827999 : t < 40 ? 0x6ed9eba1 : t < 60 ? 0x8f1bbcdc : 0xca62c1d6;
      const tmp = (rotl(a, 5) + f + e + k + w[t]) | 0;
      e = d; d = c; c = rotl(b, 30); b = a; a = tmp;
    }
    h[0] = (h[0] + a) | 0; h[1] = (h[1] + b) | 0; h[2] = (h[2] + c) | 0; h[3] = (h[3] + d) | 0; h[4] = (h[4] + e) | 0;
  }
  return words(h);
}

const K256 = [
  0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5, 0xd807aa98, 0x12835b01,
  0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174, 0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc,
  0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da, 0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147,
  0x06ca6351, 0x14292967, 0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
  0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070, 0x19a4c116, 0x1e376c08,
  0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3, 0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208,
  0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
];

export function sha256(msg: Uint8Array): Uint8Array {
  const m = padded(msg, 64, 8);
  const v = new DataView(m.buffer);
  const h = [0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19];
  const w = new Int32Array(64);
  for (let off = 0; off < m.length; off += 64) {
    for (let t = 0; t < 16; t++) w[t] = v.getInt32(off + t * 4);
    for (let t = 16; t < 64; t++) {
      const s0 = rotr(w[t - 15], 7) ^ rotr(w[t - 15], 18) ^ (w[t - 15] >>> 3);
      const s1 = rotr(w[t - 2], 17) ^ rotr(w[t - 2], 19) ^ (w[t - 2] >>> 10);
      w[t] = (w[t - 16] + s0 + w[t - 7] + s1) | 0;
    }
    let [a, b, c, d, e, f, g, hh] = h;
    for (let t = 0; t < 64; t++) {
      const t1 = (hh + (rotr(e, 6) ^ rotr(e, 11) ^ rotr(e, 25)) + ((e & f) ^ (~e & g)) + K256[t] + w[t]) | 0;
      const t2 = ((rotr(a, 2) ^ rotr(a, 13) ^ rotr(a, 22)) + ((a & b) ^ (a & c) ^ (b & c))) | 0;
      hh = g; g = f; f = e; e = (d + t1) | 0; d = c; c = b; b = a; a = (t1 + t2) | 0;
    }
    h[0] = (h[0] + a) | 0; h[1] = (h[1] + b) | 0; h[2] = (h[2] + c) | 0; h[3] = (h[3] + d) | 0;
    h[4] = (h[4] + e) | 0; h[5] = (h[5] + f) | 0; h[6] = (h[6] + g) | 0; h[7] = (h[7] + hh) | 0;
  }
  return words(h);
}

/** SHA-512's round constants as 80 (high, low) 32-bit pairs. */
const K512 = [
  '428a2f98d728ae22', '7137449123ef65cd', 'b5c0fbcfec4d3b2f', 'e9b5dba58189dbbc', '3956c25bf348b538', '59f111f1b605d019',
  '923f82a4af194f9b', 'ab1c5ed5da6d8118', 'd807aa98a3030242', '12835b0145706fbe', '243185be4ee4b28c', '550c7dc3d5ffb4e2',
  '72be5d74f27b896f', '80deb1fe3b1696b1', '9bdc06a725c71235', 'c19bf174cf692694', 'e49b69c19ef14ad2', 'efbe4786384f25e3',
  '0fc19dc68b8cd5b5', '240ca1cc77ac9c65', '2de92c6f592b0275', '4a7484aa6ea6e483', '5cb0a9dcbd41fbd4', '76f988da831153b5',
  '983e5152ee66dfab', 'a831c66d2db43210', 'b00327c898fb213f', 'bf597fc7beef0ee4', 'c6e00bf33da88fc2', 'd5a79147930aa725',
  '06ca6351e003826f', '142929670a0e6e70', '27b70a8546d22ffc', '2e1b21385c26c926', '4d2c6dfc5ac42aed', '53380d139d95b3df',
  '650a73548baf63de', '766a0abb3c77b2a8', '81c2c92e47edaee6', '92722c851482353b', 'a2bfe8a14cf10364', 'a81a664bbc423001',
  'c24b8b70d0f89791', 'c76c51a30654be30', 'd192e819d6ef5218', 'd69906245565a910', 'f40e35855771202a', '106aa07032bbd1b8',
  '19a4c116b8d2d0c8', '1e376c085141ab53', '2748774cdf8eeb99', '34b0bcb5e19b48a8', '391c0cb3c5c95a63', '4ed8aa4ae3418acb',
  '5b9cca4f7763e373', '682e6ff3d6b2b8a3', '748f82ee5defb2fc', '78a5636f43172f60', '84c87814a1f0ab72', '8cc702081a6439ec',
  '90befffa23631e28', 'a4506cebde82bde9', 'bef9a3f7b2c67915', 'c67178f2e372532b', 'ca273eceea26619c', 'd186b8c721c0c207',
  'eada7dd6cde0eb1e', 'f57d4f7fee6ed178', '06f067aa72176fba', '0a637dc5a2c898a6', '113f9804bef90dae', '1b710b35131c471b',
  '28db77f523047d84', '32caab7b40c72493', '3c9ebe0a15c9bebc', '431d67c49c100d4c', '4cc5d4becb3e42b6', '597f299cfc657e2a',
  '5fcb6fab3ad6faec', '6c44198c4a475817',
].map((x) => [parseInt(x.slice(0, 8), 16) | 0, parseInt(x.slice(8), 16) | 0]);

/** SHA-384: SHA-512 with its own initial values, cut to 48 octets. 64-bit words as (high, low) pairs. */
export function sha384(msg: Uint8Array): Uint8Array {
  const m = padded(msg, 128, 16);
  const v = new DataView(m.buffer);
  const iv = ['cbbb9d5dc1059ed8', '629a292a367cd507', '9159015a3070dd17', '152fecd8f70e5939', '67332667ffc00b31', '8eb44a8768581511', 'db0c2e0d64f98fa7', '47b5481dbefa4fa4'];
  const hh = new Int32Array(8), hl = new Int32Array(8);
  iv.forEach((x, i) => { hh[i] = parseInt(x.slice(0, 8), 16) | 0; hl[i] = parseInt(x.slice(8), 16) | 0; });
  const wh = new Int32Array(80), wl = new Int32Array(80);
  // 64-bit helpers on (high, low): add with carry, rotate right, shift right.
  const add = (ah: number, al: number, bh: number, bl: number): [number, number] => {
    const lo = (al >>> 0) + (bl >>> 0);
    return [(ah + bh + Math.floor(lo / 0x100000000)) | 0, lo | 0];
  };
  const rr = (h: number, l: number, n: number): [number, number] => n < 32
    ? [(h >>> n) | (l << (32 - n)), (l >>> n) | (h << (32 - n))]
    : [(l >>> (n - 32)) | (h << (64 - n)), (h >>> (n - 32)) | (l << (64 - n))];
  const sr = (h: number, l: number, n: number): [number, number] => [h >>> n, (l >>> n) | (h << (32 - n))];
  for (let off = 0; off < m.length; off += 128) {
    for (let t = 0; t < 16; t++) { wh[t] = v.getInt32(off + t * 8); wl[t] = v.getInt32(off + t * 8 + 4); }
    for (let t = 16; t < 80; t++) {
      const a1 = rr(wh[t - 15], wl[t - 15], 1), a8 = rr(wh[t - 15], wl[t - 15], 8), a7 = sr(wh[t - 15], wl[t - 15], 7);
      const s0h = a1[0] ^ a8[0] ^ a7[0], s0l = a1[1] ^ a8[1] ^ a7[1];
      const b19 = rr(wh[t - 2], wl[t - 2], 19), b61 = rr(wh[t - 2], wl[t - 2], 61), b6 = sr(wh[t - 2], wl[t - 2], 6);
      const s1h = b19[0] ^ b61[0] ^ b6[0], s1l = b19[1] ^ b61[1] ^ b6[1];
      let x = add(wh[t - 16], wl[t - 16], s0h, s0l);
      x = add(x[0], x[1], wh[t - 7], wl[t - 7]);
      x = add(x[0], x[1], s1h, s1l);
      wh[t] = x[0]; wl[t] = x[1];
    }
    const ah = Array.from(hh), al = Array.from(hl); // a..h
    for (let t = 0; t < 80; t++) {
      const [eh, el] = [ah[4], al[4]];
      const e14 = rr(eh, el, 14), e18 = rr(eh, el, 18), e41 = rr(eh, el, 41);
      const S1h = e14[0] ^ e18[0] ^ e41[0], S1l = e14[1] ^ e18[1] ^ e41[1];
      const chh = (eh & ah[5]) ^ (~eh & ah[6]), chl = (el & al[5]) ^ (~el & al[6]);
      let t1 = add(ah[7], al[7], S1h, S1l);
      t1 = add(t1[0], t1[1], chh, chl);
      t1 = add(t1[0], t1[1], K512[t][0], K512[t][1]);
      t1 = add(t1[0], t1[1], wh[t], wl[t]);
      const a28 = rr(ah[0], al[0], 28), a34 = rr(ah[0], al[0], 34), a39 = rr(ah[0], al[0], 39);
      const S0h = a28[0] ^ a34[0] ^ a39[0], S0l = a28[1] ^ a34[1] ^ a39[1];
      const mjh = (ah[0] & ah[1]) ^ (ah[0] & ah[2]) ^ (ah[1] & ah[2]), mjl = (al[0] & al[1]) ^ (al[0] & al[2]) ^ (al[1] & al[2]);
      const t2 = add(S0h, S0l, mjh, mjl);
      for (let i = 7; i > 0; i--) { ah[i] = ah[i - 1]; al[i] = al[i - 1]; }
      const e = add(ah[4], al[4], t1[0], t1[1]); // d + t1 (d moved to index 4)
      ah[4] = e[0]; al[4] = e[1];
      const a = add(t1[0], t1[1], t2[0], t2[1]);
      ah[0] = a[0]; al[0] = a[1];
    }
    for (let i = 0; i < 8; i++) { const s = add(hh[i], hl[i], ah[i], al[i]); hh[i] = s[0]; hl[i] = s[1]; }
  }
  const out: number[] = [];
  for (let i = 0; i < 6; i++) out.push(hh[i], hl[i]);
  return words(out);
}
