/**
 * Resource record types and classes (IANA "DNS Parameters" registry).
 * Every registered mnemonic is recognised; RFC 3597 `TYPEnnn` / `CLASSnnn` map to numbers.
 */

/** Mnemonic → type number, from the IANA registry. */
export const RR_TYPES: Readonly<Record<string, number>> = {
  A: 1, NS: 2, MD: 3, MF: 4, CNAME: 5, SOA: 6, MB: 7, MG: 8, MR: 9, NULL: 10, WKS: 11, PTR: 12,
  HINFO: 13, MINFO: 14, MX: 15, TXT: 16, RP: 17, AFSDB: 18, X25: 19, ISDN: 20, RT: 21, NSAP: 22,
  'NSAP-PTR': 23, SIG: 24, KEY: 25, PX: 26, GPOS: 27, AAAA: 28, LOC: 29, NXT: 30, EID: 31,
  NIMLOC: 32, SRV: 33, ATMA: 34, NAPTR: 35, KX: 36, CERT: 37, A6: 38, DNAME: 39, SINK: 40, OPT: 41,
  APL: 42, DS: 43, SSHFP: 44, IPSECKEY: 45, RRSIG: 46, NSEC: 47, DNSKEY: 48, DHCID: 49, NSEC3: 50,
  NSEC3PARAM: 51, TLSA: 52, SMIMEA: 53, HIP: 55, NINFO: 56, RKEY: 57, TALINK: 58, CDS: 59,
  CDNSKEY: 60, OPENPGPKEY: 61, CSYNC: 62, ZONEMD: 63, SVCB: 64, HTTPS: 65, DSYNC: 66, HHIT: 67,
  BRID: 68, SPF: 99, UINFO: 100, UID: 101, GID: 102, UNSPEC: 103, NID: 104, L32: 105, L64: 106,
  LP: 107, EUI48: 108, EUI64: 109, NXNAME: 128, TKEY: 249, TSIG: 250, IXFR: 251, AXFR: 252,
  MAILB: 253, MAILA: 254, ANY: 255, URI: 256, CAA: 257, AVC: 258, DOA: 259, AMTRELAY: 260,
  RESINFO: 261, WALLET: 262, CLA: 263, IPN: 264, TA: 32768, DLV: 32769,
};

const BY_NUMBER = new Map<number, string>(Object.entries(RR_TYPES).map(([k, v]) => [v, k]));

/** Meta and query types that cannot appear in a zone file. */
export const META_TYPES = new Set(['OPT', 'TKEY', 'TSIG', 'IXFR', 'AXFR', 'MAILB', 'MAILA', 'ANY', 'NXNAME']);

/** Obsolete types (RFC 3597 §4 / RFC 6895) that BIND still accepts. */
export const OBSOLETE_TYPES = new Set(['MD', 'MF', 'MB', 'MG', 'MR', 'NULL', 'WKS', 'MINFO', 'A6', 'NXT', 'SIG', 'KEY', 'GPOS']);

const typeCache = new Map<string, { type: string; code: number } | undefined>();

/** Upper-case a token and return the type mnemonic it names, or undefined. `TYPE1` → `A`. */
export function typeFromToken(text: string): { type: string; code: number } | undefined {
  // Zone files repeat a handful of spellings millions of times: cache them (bounded).
  const hit = typeCache.get(text);
  if (hit !== undefined || typeCache.has(text)) return hit;
  const r = typeFromTokenUncached(text);
  if (typeCache.size < 4096) typeCache.set(text, r);
  return r;
}

/**
 * Cache of `typeAt` for words of up to 5 letters, digits or hyphens (every common type), keyed by
 * the word packed into a number (six bits a character): no substring and no string hashing per record.
 */
const typeAtCache = new Map<number, { type: string; code: number } | undefined>();

/** `typeFromToken` of `text[from, to)`, read in place. */
export function typeAt(text: string, from: number, to: number): { type: string; code: number } | undefined {
  if (to - from <= 5) {
    let k = 1;
    for (let i = from; i < to; i++) {
      const c = text.charCodeAt(i);
      const d = c >= 97 && c <= 122 ? c - 96 : c >= 65 && c <= 90 ? c - 38 : c >= 48 && c <= 57 ? c + 5 : c === 45 ? 63 : 0;
      if (d === 0) return typeFromToken(text.slice(from, to));
      k = k * 64 + d; // at most 1 + 5·6 bits: a small integer
    }
    const hit = typeAtCache.get(k);
    if (hit !== undefined || typeAtCache.has(k)) return hit;
    const r = typeFromToken(text.slice(from, to));
    if (typeAtCache.size < 4096) typeAtCache.set(k, r);
    return r;
  }
  return typeFromToken(text.slice(from, to));
}

function typeFromTokenUncached(text: string): { type: string; code: number } | undefined {
  const up = text.toUpperCase();
  const code = RR_TYPES[up];
  if (code !== undefined) return { type: up, code };
  if (up.length > 4 && up.startsWith('TYPE')) {
    const digits = up.slice(4);
    if (/^[0-9]{1,5}$/.test(digits)) {
      const n = Number(digits);
      if (n <= 65535) return { type: BY_NUMBER.get(n) ?? `TYPE${n}`, code: n };
    }
  }
  return undefined;
}

/** Mnemonic by type number ('' until first asked for an unregistered number). */
const NAMES: string[] = new Array<string>(65536).fill('');
for (const [k, v] of Object.entries(RR_TYPES)) NAMES[v] = k;

/** The mnemonic of a type number (`TYPEnnn` when it has none). */
export function typeName(code: number): string {
  const n = NAMES[code & 0xffff];
  return n !== '' ? n : (NAMES[code & 0xffff] = `TYPE${code & 0xffff}`);
}

export const CLASSES: Readonly<Record<string, number>> = { IN: 1, CS: 2, CH: 3, HS: 4, NONE: 254, ANY: 255 };

/** The class a token names (`IN`, `CH`, `CLASS1`), or undefined. */
export function classFromToken(text: string): string | undefined {
  return classAt(text, 0, text.length);
}

/** The class `text[from, to)` names, read in place: no substring for `IN` or a word that is no class. */
export function classAt(text: string, from: number, to: number): string | undefined {
  const c0 = text.charCodeAt(from) | 0x20;
  if (to - from === 2 && c0 === 0x69 && (text.charCodeAt(from + 1) | 0x20) === 0x6e) return 'IN';
  // Only words starting with c, h or i can be classes: skip the rest cheaply.
  if (c0 !== 0x63 && c0 !== 0x68 && c0 !== 0x69) return undefined;
  const up = text.slice(from, to).toUpperCase();
  if (up === 'IN' || up === 'CH' || up === 'HS' || up === 'CS') return up;
  if (up.length > 5 && up.startsWith('CLASS') && /^[0-9]{1,5}$/.test(up.slice(5))) {
    const n = Number(up.slice(5));
    if (n > 65535) return undefined;
    for (const [k, v] of Object.entries(CLASSES)) if (v === n) return k;
    return `CLASS${n}`;
  }
  return undefined;
}
