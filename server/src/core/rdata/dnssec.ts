/**
 * Rdata parsers for the DNSSEC, key, certificate and service-binding types (RFC 2535, 2931, 4034,
 * 4025, 4398, 4701, 5155, 6698, 7344, 7477, 7929, 8005, 8162, 8777, 8976, 9460, 9461, 9540) and
 * BIND 9's presentation-format behaviour where it differs from the RFC text.
 *
 * Shapes (kept for every record: small, no token arrays):
 *   DS, CDS, TA, DLV          { keyTag, algorithm, digestType, digestLength }
 *   DNSKEY, CDNSKEY, KEY      { flags, protocol, algorithm, keyLength }
 *   RRSIG, SIG                { typeCovered, algorithm, labels, originalTtl, expiration, inception, keyTag, signer }
 *                             (times are the 32-bit wire values: seconds since the epoch, modulo 2^32)
 *   NSEC                      { next, types }
 *   NSEC3                     { hashAlgorithm, flags, iterations, saltLength, hashLength, types }
 *   NSEC3PARAM                { hashAlgorithm, flags, iterations, saltLength }
 *   ZONEMD                    { serial, scheme, hashAlgorithm, digestLength }
 *   SSHFP                     { algorithm, fingerprintType, fingerprintLength }
 *   TLSA, SMIMEA              { usage, selector, matchingType, dataLength }
 *   OPENPGPKEY, DHCID         { length }
 *   CERT                      { certType, keyTag, algorithm, length }
 *   IPSECKEY                  { precedence, gatewayType, algorithm, gateway?, keyLength }
 *   HIP                       { algorithm, hitLength, keyLength, servers }
 *   CSYNC                     { serial, flags, types }
 *   SVCB, HTTPS               { priority, target, keys }
 *   AMTRELAY                  { precedence, discovery, relayType, relay? }
 */
import type { NameRef, Rdata, RdataContext, RdataParser, RdToken } from './api';
import { typeFromToken } from '../rrtypes';
import {
  DNSSEC_ALGORITHMS, Fields, base32hexToken, base64Tokens, charString, hexTokens, intToken, ipv4Problem, isIPv4, isIPv6,
  mnemonicOrInt,
} from './util';

const U8 = 0xff;
const U16 = 0xffff;
const U32 = 0xffffffff;

// ------------------------------------------------------------------------------ shared fields

/** A mnemonic-or-number field through the cursor (marks the cursor failed on a bad value). */
function tableField(f: Fields, what: string, table: Readonly<Record<string, number>>, max: number): number | undefined {
  const t = f.next(what);
  if (!t) return undefined;
  const v = mnemonicOrInt(t, what, f.ctx, table, max);
  if (v === undefined) f.failed = true;
  return v;
}

/**
 * Algorithm mnemonics as BIND reads them (dns_secalg_fromtext): the IANA names, except that BIND
 * spells 6, 7 and 12 NSEC3DSA, NSEC3RSASHA1 and ECCGOST and rejects the hyphenated forms.
 */
const ALGORITHMS: Readonly<Record<string, number>> = (() => {
  const t: Record<string, number> = { ...DNSSEC_ALGORITHMS, ECC: 4, NSEC3DSA: 6, NSEC3RSASHA1: 7, ECCGOST: 12 };
  delete t['DSA-NSEC3-SHA1']; delete t['RSASHA1-NSEC3-SHA1']; delete t['ECC-GOST'];
  return t;
})();

const algorithmField = (f: Fields) => tableField(f, 'the algorithm', ALGORITHMS, U8);

/** DS digest types (BIND's dns_dsdigest_fromtext names). */
const DIGEST_TYPES: Readonly<Record<string, number>> = { 'SHA-1': 1, SHA1: 1, 'SHA-256': 2, SHA256: 2, GOST: 3, 'SHA-384': 4, SHA384: 4 };
const DIGEST_LENGTHS: Readonly<Record<number, [string, number]>> = { 1: ['SHA-1', 20], 2: ['SHA-256', 32], 3: ['GOST R 34.11-94', 32], 4: ['SHA-384', 48] };

/** The data fields that run to the end of the record: at least one token. */
function restRequired(f: Fields, what: string): RdToken[] | undefined {
  const r = f.rest();
  if (r.length === 0) { f.missing(what); return undefined; }
  return r;
}

function lengthError(ctx: RdataContext, toks: RdToken[], what: string, expected: number, got: number): void {
  ctx.error('invalid-rdata', `${what} is ${expected} octets (${expected * 2} hex digits), this one is ${got} octet${got === 1 ? '' : 's'}`, toks[0].start, toks[toks.length - 1].end);
}

/** A type list (NSEC, NSEC3, CSYNC): mnemonics or TYPEnnn, as BIND's dns_rdatatype_fromtext reads them. */
function typeList(toks: RdToken[], ctx: RdataContext): string[] | undefined {
  const types: string[] = [];
  let ok = true;
  for (const t of toks) {
    const r = t.quoted ? undefined : typeFromToken(t.text);
    if (!r) {
      ctx.error('invalid-rdata', `'${t.text}' is not a record type: the type list holds type mnemonics (A, NS, RRSIG…) or TYPEnnn`, t.start, t.end);
      ok = false;
      continue;
    }
    types.push(r.type);
  }
  return ok ? types : undefined;
}

// ------------------------------------------------------------------------------ DS, CDS, TA, DLV

function dsType(type: string): RdataParser {
  return (toks, ctx) => {
    const f = new Fields(toks, ctx, `${type} keytag algorithm digest-type digest`);
    const keyTag = f.int('the key tag', U16);
    const algorithm = algorithmField(f);
    const digestType = tableField(f, 'the digest type', DIGEST_TYPES, U8);
    const dig = restRequired(f, 'the digest');
    if (!dig) return undefined;
    const digestLength = hexTokens(dig, 'the digest', ctx);
    if (keyTag === undefined || algorithm === undefined || digestType === undefined || digestLength === undefined) return undefined;
    const known = DIGEST_LENGTHS[digestType];
    if (known && digestLength !== known[1]) {
      lengthError(ctx, dig, `a ${known[0]} digest (digest type ${digestType})`, known[1], digestLength);
      return undefined;
    }
    return { keyTag, algorithm, digestType, digestLength };
  };
}

// ------------------------------------------------------------------------------ DNSKEY, CDNSKEY, KEY

/** KEY/DNSKEY flag mnemonics (BIND's dns_keyflags_fromtext), joined with '|'. */
const KEY_FLAGS: Readonly<Record<string, number>> = {
  NOCONF: 0x4000, NOAUTH: 0x8000, NOKEY: 0xc000, FLAG2: 0x2000, EXTEND: 0x1000, FLAG4: 0x0800, FLAG5: 0x0400,
  USER: 0x0000, ZONE: 0x0100, HOST: 0x0200, NTYP3: 0x0300, FLAG8: 0x0080, FLAG9: 0x0040, FLAG10: 0x0020,
  FLAG11: 0x0010, SIG0: 0x0000, SIG15: 0x000f, KSK: 0x0001, REVOKE: 0x0080,
};

const PROTOCOLS: Readonly<Record<string, number>> = { NONE: 0, TLS: 1, EMAIL: 2, DNSSEC: 3, IPSEC: 4, ALL: 255 };

function flagsField(f: Fields): number | undefined {
  const t = f.next('the flags');
  if (!t) return undefined;
  if (!t.quoted && /^[A-Za-z]/.test(t.text)) {
    let v = 0;
    for (const part of t.text.toUpperCase().split('|')) {
      const bit = KEY_FLAGS[part];
      if (bit === undefined) {
        f.failed = true;
        f.ctx.error('invalid-number', `the flags must be a number (0–65535) or flag names joined by '|' (like ZONE|KSK); '${part}' is not a flag name`, t.start, t.end);
        return undefined;
      }
      v |= bit;
    }
    return v;
  }
  const v = intToken(t, 'the flags', f.ctx, U16);
  if (v === undefined) f.failed = true;
  return v;
}

function keyType(type: string, legacy = false): RdataParser {
  return (toks, ctx) => {
    const f = new Fields(toks, ctx, `${type} flags protocol algorithm public-key`);
    const flags = flagsField(f);
    const protocol = tableField(f, 'the protocol', PROTOCOLS, U8);
    const algorithm = algorithmField(f);
    // RFC 4034 §2.1.2 says the DNSKEY protocol is 3, but BIND loads other values (its test zones
    // carry protocol 255): not reported here, like named-checkzone.
    // KEY (RFC 2535 §3.1.2, as BIND reads it): flags saying "no key" (NOAUTH and NOCONF) mean no key data.
    const noKey = legacy && flags !== undefined && (flags & 0xc000) === 0xc000;
    if (noKey) f.end();
    const key = noKey ? [] : restRequired(f, 'the public key (base64)');
    if (!key) return undefined;
    const keyLength = key.length ? base64Tokens(key, 'the public key', ctx) : 0;
    if (flags === undefined || protocol === undefined || algorithm === undefined || keyLength === undefined || f.failed) return undefined;
    return { flags, protocol, algorithm, keyLength };
  };
}

// ------------------------------------------------------------------------------ RRSIG, SIG

const DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const isLeap = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;

/** Days from 1970-01-01 to y-m-d (proleptic Gregorian; negative before 1970). */
function daysFromCivil(y: number, m: number, d: number): number {
  y -= m <= 2 ? 1 : 0;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/**
 * An RRSIG/SIG time as BIND reads it: up to 10 characters is a decimal number of seconds (u32);
 * longer is YYYYMMDDHHmmSS (seconds up to 60 for a leap second), stored modulo 2^32 (RFC 4034 §3.1.5).
 */
function timeField(f: Fields, what: string): number | undefined {
  const t = f.next(what);
  if (!t) return undefined;
  const s = t.text;
  const c0 = s.charCodeAt(0);
  if (!t.quoted && s.length <= 10 && c0 !== 45 && c0 !== 43) {
    if (!/^[0-9]+$/.test(s)) return timeFail(f, t, 'invalid-rdata', `${what} must be a time as YYYYMMDDHHmmSS (like 20240101000000) or seconds since 1970, not '${s}'`);
    const v = Number(s);
    if (v > U32) return timeFail(f, t, 'out-of-range', `${what} ${s} is above 4294967295 seconds`);
    return v;
  }
  if (t.quoted || !fourteenDigits(s)) {
    return timeFail(f, t, 'invalid-rdata', `${what} must be a time as YYYYMMDDHHmmSS (14 digits, like 20240101000000) or seconds since 1970, not '${s}'`);
  }
  // Two RRSIG times a record, 10^5 RRSIGs in a signed zone: digits by arithmetic, no substrings.
  const y = digits(s, 0, 4), mo = digits(s, 4, 6), d = digits(s, 6, 8);
  const h = digits(s, 8, 10), mi = digits(s, 10, 12), se = digits(s, 12, 14);
  if (mo < 1 || mo > 12) return timeFail(f, t, 'out-of-range', `${what} ${s} has month ${s.slice(4, 6)}: months are 01–12`);
  const dim = DAYS[mo - 1] + (mo === 2 && isLeap(y) ? 1 : 0);
  if (d < 1 || d > dim) return timeFail(f, t, 'out-of-range', `${what} ${s} has day ${s.slice(6, 8)}: that month has days 01–${dim}`);
  if (h > 23) return timeFail(f, t, 'out-of-range', `${what} ${s} has hour ${s.slice(8, 10)}: hours are 00–23`);
  if (mi > 59) return timeFail(f, t, 'out-of-range', `${what} ${s} has minute ${s.slice(10, 12)}: minutes are 00–59`);
  if (se > 60) return timeFail(f, t, 'out-of-range', `${what} ${s} has second ${s.slice(12, 14)}: seconds are 00–60`);
  const secs = daysFromCivil(y, mo, d) * 86400 + h * 3600 + mi * 60 + se;
  return ((secs % 0x100000000) + 0x100000000) % 0x100000000;
}

function timeFail(f: Fields, t: RdToken, code: 'invalid-rdata' | 'out-of-range', msg: string): undefined {
  f.failed = true;
  f.ctx.error(code, msg, t.start, t.end);
  return undefined;
}

/** True when `s` is exactly 14 ASCII digits. */
function fourteenDigits(s: string): boolean {
  if (s.length !== 14) return false;
  for (let i = 0; i < 14; i++) { const c = s.charCodeAt(i); if (c < 48 || c > 57) return false; }
  return true;
}

/** The decimal value of the ASCII digits s[from, to). */
function digits(s: string, from: number, to: number): number {
  let v = 0;
  for (let i = from; i < to; i++) v = v * 10 + s.charCodeAt(i) - 48;
  return v;
}

function sigType(type: string): RdataParser {
  return (toks, ctx) => {
    const f = new Fields(toks, ctx, `${type} type-covered algorithm labels original-ttl expiration inception key-tag signer signature`);
    const tt = f.next('the type covered');
    let typeCovered: string | undefined;
    if (tt) {
      const r = tt.quoted ? undefined : typeFromToken(tt.text);
      if (r) typeCovered = r.type;
      else if (!tt.quoted && /^[0-9]+$/.test(tt.text)) {
        // BIND also takes a bare type number here.
        const n = intToken(tt, 'the type covered', ctx, U16);
        if (n === undefined) f.failed = true;
        else typeCovered = typeFromToken(`TYPE${n}`)?.type ?? `TYPE${n}`;
      } else {
        f.failed = true;
        ctx.error('invalid-rdata', `the type covered must be a record type (A, NS, SOA…) or TYPEnnn, not '${tt.text}'`, tt.start, tt.end);
      }
    }
    const algorithm = algorithmField(f);
    const labels = f.int('the labels count', U8);
    const originalTtl = f.int('the original TTL', U32);
    const expiration = timeField(f, 'the signature expiration');
    const inception = timeField(f, 'the signature inception');
    const keyTag = f.int('the key tag', U16);
    const signer = f.name('the signer name');
    const sig = restRequired(f, 'the signature (base64)');
    if (!sig) return undefined;
    const sigLength = base64Tokens(sig, 'the signature', ctx);
    if (typeCovered === undefined || algorithm === undefined || labels === undefined || originalTtl === undefined ||
        expiration === undefined || inception === undefined || keyTag === undefined || !signer || sigLength === undefined) return undefined;
    return { typeCovered, algorithm, labels, originalTtl, expiration, inception, keyTag, signer };
  };
}

// ------------------------------------------------------------------------------ NSEC, NSEC3, NSEC3PARAM, CSYNC

const parseNSEC: RdataParser = (toks, ctx) => {
  const f = new Fields(toks, ctx, 'NSEC next-name [type …]');
  const next = f.name('the next owner name');
  // BIND rejects an NSEC with an empty type bitmap (an NSEC covers at least itself: NSEC, RRSIG).
  if (next && f.left === 0) { f.missing('the type list (at least NSEC and RRSIG)'); return undefined; }
  const types = typeList(f.rest(), ctx);
  if (!next || !types) return undefined;
  return { next, types };
};

const HASH_ALGORITHMS: Readonly<Record<string, number>> = { SHA1: 1, 'SHA-1': 1 };

/** NSEC3 salt: '-' for none, or hex up to 255 octets (one token). Returns its length. */
function saltField(f: Fields): number | undefined {
  const t = f.next("the salt (hex, or '-' for none)");
  if (!t) return undefined;
  if (!t.quoted && t.text === '-') return 0;
  if (t.text.length > 510) {
    f.failed = true;
    f.ctx.error('invalid-rdata', `the salt is at most 255 octets (510 hex digits), this one has ${t.text.length} digits`, t.start, t.end);
    return undefined;
  }
  if (t.text === '') {
    f.failed = true;
    f.ctx.error('invalid-hex', "the salt is hex digits, or '-' for none", t.start, t.end);
    return undefined;
  }
  const n = hexTokens([t], "the salt (hex, or '-' for none)", f.ctx);
  if (n === undefined) f.failed = true;
  return n;
}

function nsec3Head(f: Fields): [number | undefined, number | undefined, number | undefined, number | undefined] {
  const hashAlgorithm = tableField(f, 'the hash algorithm', HASH_ALGORITHMS, U8);
  const flags = f.int('the flags', U8);
  const iterations = f.int('the iterations', U16);
  const saltLength = saltField(f);
  return [hashAlgorithm, flags, iterations, saltLength];
}

const parseNSEC3: RdataParser = (toks, ctx) => {
  const f = new Fields(toks, ctx, 'NSEC3 hash-algorithm flags iterations salt next-hashed-owner [type …]');
  const [hashAlgorithm, flags, iterations, saltLength] = nsec3Head(f);
  const ht = f.word('the next hashed owner name (base32hex)');
  let hashLength = ht ? base32hexToken(ht, 'the next hashed owner name', ctx) : undefined;
  if (ht && hashLength !== undefined) {
    if (hashLength === 0 || hashLength > 255) {
      ctx.error('out-of-range', `the next hashed owner name must hold 1 to 255 octets, this one holds ${hashLength}`, ht.start, ht.end);
      hashLength = undefined;
    } else if (hashAlgorithm === 1 && hashLength !== 20) {
      // BIND rejects a SHA-1 hash of the wrong length ("out of range").
      ctx.error('out-of-range', `a SHA-1 next hashed owner name is 20 octets (32 base32hex characters), this one is ${hashLength} octets (${ht.text.length} characters)`, ht.start, ht.end);
      hashLength = undefined;
    }
  }
  const types = typeList(f.rest(), ctx);
  if (hashAlgorithm === undefined || flags === undefined || iterations === undefined || saltLength === undefined || hashLength === undefined || !types) return undefined;
  return { hashAlgorithm, flags, iterations, saltLength, hashLength, types };
};

const parseNSEC3PARAM: RdataParser = (toks, ctx) => {
  const f = new Fields(toks, ctx, 'NSEC3PARAM hash-algorithm flags iterations salt');
  const [hashAlgorithm, flags, iterations, saltLength] = nsec3Head(f);
  f.end();
  if (hashAlgorithm === undefined || flags === undefined || iterations === undefined || saltLength === undefined) return undefined;
  return { hashAlgorithm, flags, iterations, saltLength };
};

const parseCSYNC: RdataParser = (toks, ctx) => {
  const f = new Fields(toks, ctx, 'CSYNC soa-serial flags [type …]');
  const serial = f.int('the SOA serial', U32);
  const flags = f.int('the flags', U16);
  const types = typeList(f.rest(), ctx);
  if (serial === undefined || flags === undefined || !types) return undefined;
  return { serial, flags, types };
};

// ------------------------------------------------------------------------------ ZONEMD, SSHFP, TLSA

const parseZONEMD: RdataParser = (toks, ctx) => {
  const f = new Fields(toks, ctx, 'ZONEMD serial scheme hash-algorithm digest');
  const serial = f.int('the serial', U32);
  const scheme = f.int('the scheme', U8);
  const hashAlgorithm = f.int('the hash algorithm', U8);
  const dig = restRequired(f, 'the digest');
  if (!dig) return undefined;
  const digestLength = hexTokens(dig, 'the digest', ctx);
  if (serial === undefined || scheme === undefined || hashAlgorithm === undefined || digestLength === undefined) return undefined;
  const expected = hashAlgorithm === 1 ? 48 : hashAlgorithm === 2 ? 64 : undefined;
  if (expected !== undefined && digestLength !== expected) {
    lengthError(ctx, dig, `a ${hashAlgorithm === 1 ? 'SHA-384' : 'SHA-512'} digest (hash algorithm ${hashAlgorithm})`, expected, digestLength);
    return undefined;
  }
  if (digestLength < 12) {
    ctx.error('invalid-rdata', `a ZONEMD digest is at least 12 octets (RFC 8976 §2.2.4), this one is ${digestLength}`, dig[0].start, dig[dig.length - 1].end);
    return undefined;
  }
  return { serial, scheme, hashAlgorithm, digestLength };
};

const parseSSHFP: RdataParser = (toks, ctx) => {
  const f = new Fields(toks, ctx, 'SSHFP algorithm fingerprint-type fingerprint');
  const algorithm = f.int('the algorithm', U8);
  const fingerprintType = f.int('the fingerprint type', U8);
  // BIND reads the fingerprint as optional hex when its type has no known length.
  const fp = fingerprintType === 1 || fingerprintType === 2 ? restRequired(f, 'the fingerprint (hex)') : f.rest();
  if (!fp) return undefined;
  const fingerprintLength = fp.length ? hexTokens(fp, 'the fingerprint', ctx) : 0;
  if (algorithm === undefined || fingerprintType === undefined || fingerprintLength === undefined) return undefined;
  const expected = fingerprintType === 1 ? 20 : fingerprintType === 2 ? 32 : undefined;
  if (expected !== undefined && fingerprintLength !== expected) {
    lengthError(ctx, fp, `a ${fingerprintType === 1 ? 'SHA-1' : 'SHA-256'} fingerprint (type ${fingerprintType})`, expected, fingerprintLength);
    return undefined;
  }
  return { algorithm, fingerprintType, fingerprintLength };
};

function tlsaType(type: string): RdataParser {
  return (toks, ctx) => {
    const f = new Fields(toks, ctx, `${type} usage selector matching-type data`);
    const usage = f.int('the certificate usage', U8);
    const selector = f.int('the selector', U8);
    const matchingType = f.int('the matching type', U8);
    const data = restRequired(f, 'the certificate association data (hex)');
    if (!data) return undefined;
    const dataLength = hexTokens(data, 'the certificate association data', ctx);
    if (usage === undefined || selector === undefined || matchingType === undefined || dataLength === undefined) return undefined;
    const expected = matchingType === 1 ? 32 : matchingType === 2 ? 64 : undefined;
    if (expected !== undefined && dataLength !== expected) {
      lengthError(ctx, data, `a ${matchingType === 1 ? 'SHA-256' : 'SHA-512'} hash (matching type ${matchingType})`, expected, dataLength);
      return undefined;
    }
    return { usage, selector, matchingType, dataLength };
  };
}

// ------------------------------------------------------------------------------ base64 blobs, CERT

function base64Type(type: string, field: string): RdataParser {
  return (toks, ctx) => {
    const f = new Fields(toks, ctx, `${type} ${field.replace(/ /g, '-')}`);
    const data = restRequired(f, `the ${field} (base64)`);
    if (!data) return undefined;
    const length = base64Tokens(data, `the ${field}`, ctx);
    return length === undefined ? undefined : { length };
  };
}

const CERT_TYPES: Readonly<Record<string, number>> = {
  PKIX: 1, SPKI: 2, PGP: 3, IPKIX: 4, ISPKI: 5, IPGP: 6, ACPKIX: 7, IACPKIX: 8, URI: 253, OID: 254,
};

const parseCERT: RdataParser = (toks, ctx) => {
  const f = new Fields(toks, ctx, 'CERT type key-tag algorithm certificate');
  const certType = tableField(f, 'the certificate type', CERT_TYPES, U16);
  const keyTag = f.int('the key tag', U16);
  const algorithm = algorithmField(f);
  const data = restRequired(f, 'the certificate (base64)');
  if (!data) return undefined;
  const length = base64Tokens(data, 'the certificate', ctx);
  if (certType === undefined || keyTag === undefined || algorithm === undefined || length === undefined) return undefined;
  return { certType, keyTag, algorithm, length };
};

// ------------------------------------------------------------------------------ IPSECKEY, AMTRELAY, HIP

/** A gateway/relay by type: 0 none ('.'), 1 IPv4, 2 IPv6, 3 a name. */
function gatewayField(t: RdToken, gtype: number, what: string, ctx: RdataContext): string | NameRef | null | undefined {
  switch (gtype) {
    case 0:
      if (t.text !== '.' || t.quoted) {
        ctx.error('invalid-rdata', `with type 0 (no ${what}) the ${what} is written '.', not '${t.text}'`, t.start, t.end);
        return undefined;
      }
      return null;
    case 1:
      if (t.quoted || !isIPv4(t.text, 0, t.text.length)) {
        ctx.error('invalid-ipv4', `with type 1 the ${what} is an IPv4 address: ${ipv4Problem(t.text)}`, t.start, t.end);
        return undefined;
      }
      return t.text;
    case 2:
      if (t.quoted || !isIPv6(t.text)) {
        ctx.error('invalid-ipv6', `with type 2 the ${what} is an IPv6 address, not '${t.text}'`, t.start, t.end);
        return undefined;
      }
      return t.text;
    default:
      return ctx.name(t);
  }
}

const parseIPSECKEY: RdataParser = (toks, ctx) => {
  const f = new Fields(toks, ctx, 'IPSECKEY precedence gateway-type algorithm gateway public-key');
  const precedence = f.int('the precedence', U8);
  const gatewayType = f.int('the gateway type', 3);
  const algorithm = f.int('the algorithm', U8);
  const gt = f.next('the gateway');
  const gateway = gt && gatewayType !== undefined ? gatewayField(gt, gatewayType, 'gateway', ctx) : undefined;
  // BIND requires the key field, even with algorithm 0.
  const key = restRequired(f, 'the public key (base64)');
  if (!key) return undefined;
  const keyLength = base64Tokens(key, 'the public key', ctx);
  if (precedence === undefined || gatewayType === undefined || algorithm === undefined || gateway === undefined || keyLength === undefined) return undefined;
  return gateway === null ? { precedence, gatewayType, algorithm, keyLength } : { precedence, gatewayType, algorithm, gateway, keyLength };
};

const parseAMTRELAY: RdataParser = (toks, ctx) => {
  const f = new Fields(toks, ctx, 'AMTRELAY precedence discovery-optional type relay');
  const precedence = f.int('the precedence', U8);
  const discovery = f.int('the discovery-optional bit', 1);
  const relayType = f.int('the relay type', 3);
  // Type 0 may leave the relay out (BIND writes '.').
  if (relayType === 0 && f.left === 0) {
    return precedence === undefined || discovery === undefined ? undefined : { precedence, discovery, relayType };
  }
  const rt = f.next('the relay');
  f.end();
  const relay = rt && relayType !== undefined ? gatewayField(rt, relayType, 'relay', ctx) : undefined;
  if (precedence === undefined || discovery === undefined || relayType === undefined || relay === undefined) return undefined;
  return relay === null ? { precedence, discovery, relayType } : { precedence, discovery, relayType, relay };
};

const parseHIP: RdataParser = (toks, ctx) => {
  const f = new Fields(toks, ctx, 'HIP pk-algorithm hit public-key [rendezvous-server …]');
  const algorithm = f.int('the public key algorithm', U8);
  const ht = f.word('the HIT (hex)');
  const kt = f.word('the public key (base64)');
  let hitLength: number | undefined;
  if (ht) {
    hitLength = hexTokens([ht], 'the HIT', ctx);
    if (hitLength !== undefined && (hitLength === 0 || hitLength > 255)) {
      ctx.error('invalid-rdata', `the HIT is 1 to 255 octets, this one is ${hitLength}`, ht.start, ht.end);
      hitLength = undefined;
    }
  }
  const keyLength = kt ? base64Tokens([kt], 'the public key', ctx) : undefined;
  let servers = 0;
  let ok = true;
  for (const t of f.rest()) {
    if (ctx.name(t)) servers++; else ok = false;
  }
  if (algorithm === undefined || hitLength === undefined || keyLength === undefined || !ok) return undefined;
  return { algorithm, hitLength, keyLength, servers };
};

// ------------------------------------------------------------------------------ SVCB, HTTPS (RFC 9460)

const SVC_KEYS: Readonly<Record<string, number>> = {
  mandatory: 0, alpn: 1, 'no-default-alpn': 2, port: 3, ipv4hint: 4, ech: 5, ipv6hint: 6, dohpath: 7, ohttp: 8,
};
const SVC_NAMES = Object.keys(SVC_KEYS);

/** The key number of a SvcParamKey name (`alpn`, `key65000`), or undefined. */
function svcKey(name: string): number | undefined {
  const lower = name.toLowerCase();
  const k = SVC_KEYS[lower];
  if (k !== undefined) return k;
  const m = /^key([0-9]{1,5})$/.exec(lower);
  if (m && Number(m[1]) <= 65535) return Number(m[1]); // BIND takes key65535 too
  return undefined;
}

function svcKeyName(k: number): string {
  return k < SVC_NAMES.length ? SVC_NAMES[k] : `key${k}`;
}

/** Split a decoded value-list (RFC 9460 App. A.1): ',' separates, '\,' and '\\' escape. */
function valueList(s: string): string[] {
  const out: string[] = [];
  let cur = '';
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (c === '\\' && i + 1 < s.length) { cur += s[i + 1]; i++; continue; }
    if (c === ',') { out.push(cur); cur = ''; continue; }
    cur += c;
  }
  out.push(cur);
  return out;
}

function svcbType(type: string): RdataParser {
  return (toks, ctx) => {
    const f = new Fields(toks, ctx, `${type} priority target [key=value …]`);
    const priority = f.int('the priority', U16);
    const target = f.name('the target name');
    if (priority === undefined || !target) { f.rest(); return undefined; }
    const keys: string[] = [];
    const seen = new Set<number>();
    let mandatory: { list: number[]; start: number; end: number } | undefined;
    let ok = true;
    while (f.left > 0) {
      const t = f.toks[f.i++];
      const start = t.start;
      let end = t.end;
      const bad = (msg: string) => { ctx.error('invalid-rdata', msg, start, end); ok = false; };
      if (t.quoted) { bad(`a SvcParam is key=value (like alpn=h2 or port=443), not a quoted string`); continue; }
      const eq = t.text.indexOf('=');
      const keyText = eq < 0 ? t.text : t.text.slice(0, eq);
      let raw: string | undefined;
      let quoted = false;
      if (eq >= 0) {
        raw = t.text.slice(eq + 1);
        // key="value": the lexer ends the word at the quote; the quoted string follows directly.
        const q = f.toks[f.i];
        if (raw === '' && q && q.quoted && q.start === t.end) { raw = q.text; quoted = true; end = q.end; f.i++; }
      }
      const key = svcKey(keyText);
      if (key === undefined) {
        bad(`'${keyText}' is not a SvcParamKey: use one of ${SVC_NAMES.join(', ')} or keyNNNNN`);
        continue;
      }
      if (seen.has(key)) { bad(`the SvcParamKey ${svcKeyName(key)} appears more than once`); continue; }
      seen.add(key);
      keys.push(svcKeyName(key));
      let value: string | undefined;
      if (raw !== undefined) {
        const cs = charString({ text: raw, start, end, quoted }, ctx);
        if (!cs) { ok = false; continue; }
        value = cs.text;
      }
      const name = svcKeyName(key);
      const needValue = () => {
        if (value === undefined || value === '') { bad(`the SvcParam ${name} needs a value (${name}=…)`); return false; }
        return true;
      };
      switch (key) {
        case 0: { // mandatory
          if (!needValue()) break;
          const list: number[] = [];
          for (const item of valueList(value!)) {
            const k = svcKey(item);
            if (k === undefined) { bad(`'${item}' in mandatory is not a SvcParamKey`); break; }
            if (k === 0) { bad('mandatory cannot list the key mandatory itself'); break; }
            if (list.includes(k)) { bad(`mandatory lists ${svcKeyName(k)} more than once`); break; }
            list.push(k);
          }
          mandatory = { list, start, end };
          break;
        }
        case 1: // alpn
          if (!needValue()) break;
          if (valueList(value!).some((x) => x === '')) bad("alpn is a comma-separated list of protocol ids with no empty item (write a literal comma as '\\\\,')");
          break;
        case 2: case 8: // no-default-alpn, ohttp
          if (value !== undefined) bad(`the SvcParam ${name} takes no value`);
          break;
        case 3: // port
          if (!needValue()) break;
          if (!/^[0-9]+$/.test(value!) || Number(value) > U16) bad(`port must be a number 0–65535, not '${value}'`);
          break;
        case 4: // ipv4hint
          if (!needValue()) break;
          for (const a of valueList(value!)) {
            if (!isIPv4(a, 0, a.length)) { ctx.error('invalid-ipv4', `'${a}' in ipv4hint is not an IPv4 address: ${ipv4Problem(a)}`, start, end); ok = false; break; }
          }
          break;
        case 6: // ipv6hint
          if (!needValue()) break;
          for (const a of valueList(value!)) {
            if (!isIPv6(a)) { ctx.error('invalid-ipv6', `'${a}' in ipv6hint is not an IPv6 address`, start, end); ok = false; break; }
          }
          break;
        case 5: // ech (BIND takes an empty one)
          if (!value) break;
          if (base64Tokens([{ text: value!, start, end, quoted: false }], 'the ech value', ctx) === undefined) ok = false;
          break;
        case 7: // dohpath (RFC 9461): a relative URI template with a "dns" variable
          if (!needValue()) break;
          if (!value!.startsWith('/') || !/\{[?&]?(?:[A-Za-z0-9_.%]+,)*dns(?:,[A-Za-z0-9_.%]+)*\}/.test(value!)) {
            bad(`dohpath is a URI template starting with '/' and holding the dns variable (like /dns-query{?dns}), not '${value}'`);
          }
          break;
        default:
          break;
      }
    }
    if (seen.has(2) && !seen.has(1)) {
      // RFC 9460 §7.1.1: no-default-alpn without alpn leaves no protocol; BIND rejects it.
      ctx.error('invalid-rdata', 'no-default-alpn needs an alpn SvcParam in the same record', ctx.rdataStart, ctx.rdataEnd);
      ok = false;
    }
    if (mandatory) {
      const missing = mandatory.list.filter((k) => !seen.has(k));
      if (missing.length) {
        ctx.error('invalid-rdata', `mandatory lists ${missing.map(svcKeyName).join(', ')} but the record has no such SvcParam`, mandatory.start, mandatory.end);
        ok = false;
      }
    }
    return ok ? { priority, target, keys } : undefined;
  };
}

// ------------------------------------------------------------------------------ table

const DS = dsType('DS');
const RRSIG = sigType('RRSIG');

export const DNSSEC_PARSERS: Record<string, RdataParser> = {
  DS,
  CDS: dsType('CDS'),
  TA: dsType('TA'),
  DLV: dsType('DLV'),
  DNSKEY: keyType('DNSKEY'),
  CDNSKEY: keyType('CDNSKEY'),
  KEY: keyType('KEY', true),
  RRSIG,
  SIG: sigType('SIG'),
  NSEC: parseNSEC,
  NSEC3: parseNSEC3,
  NSEC3PARAM: parseNSEC3PARAM,
  CSYNC: parseCSYNC,
  ZONEMD: parseZONEMD,
  SSHFP: parseSSHFP,
  TLSA: tlsaType('TLSA'),
  SMIMEA: tlsaType('SMIMEA'),
  OPENPGPKEY: base64Type('OPENPGPKEY', 'public key'),
  DHCID: base64Type('DHCID', 'digest'),
  CERT: parseCERT,
  IPSECKEY: parseIPSECKEY,
  AMTRELAY: parseAMTRELAY,
  HIP: parseHIP,
  SVCB: svcbType('SVCB'),
  HTTPS: svcbType('HTTPS'),
};

export type { Rdata };
