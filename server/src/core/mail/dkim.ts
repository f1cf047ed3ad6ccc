/**
 * DKIM key records (RFC 6376 §3.6.1; Ed25519: RFC 8463): the TXT record at
 * `<selector>._domainkey.<domain>`. Pure; used by the dkim-syntax check. Strings of one TXT record
 * are concatenated without spaces (RFC 6376 §3.6.2.2).
 *
 * The record is a tag-list (§3.2): `tag=value` pairs separated by `;`, white space allowed around
 * tags, `=` and values, a trailing `;` allowed, no tag twice. Key-record tags: `v=DKIM1` (first if
 * present), `h=` hash algorithms (sha1, sha256), `k=` key type (rsa, ed25519), `n=` notes, `p=` the
 * public key (base64; empty = revoked), `s=` service types (`*`, email), `t=` flags (y, s). Unknown
 * tags, hash algorithms, service types and flags are ignored by verifiers (§3.6.1), so they are fine.
 */
import { base64Decode, base64Length, decodeHead } from '../rdata/util';

export { base64Decode };

export interface DkimFinding {
  severity: 'warning' | 'info';
  message: string;
}

export interface DkimKey {
  /** Tags in order, names as written (tag names are case-sensitive, RFC 6376 §3.2). */
  tags: [string, string][];
  /** What is wrong or notable, each a sentence naming the tag. */
  findings: DkimFinding[];
  /** RSA modulus length in bits, when the key is RSA and could be read. */
  rsaBits?: number;
}

/** RSA keys shorter than this are weak (RFC 8301 §3.2: verifiers MUST NOT accept keys < 1024 bits). */
export const MIN_RSA_BITS = 1024;

/** True when `key` (canonical) is `<something>._domainkey.<domain>`: a DKIM key record's name. */
export function isDkimKeyName(key: string): boolean {
  const i = key.indexOf('._domainkey.');
  return i > 0;
}

/** Parse a DKIM key record's text (the TXT strings joined). */
export function parseDkim(text: string): DkimKey {
  const tags: [string, string][] = [];
  const findings: DkimFinding[] = [];
  const warn = (message: string) => findings.push({ severity: 'warning', message });
  const parts = text.split(';');
  if (parts.length > 1 && parts[parts.length - 1].trim() === '') parts.pop();
  const seen = new Set<string>();
  for (const raw of parts) {
    const part = raw.trim();
    const eq = part.indexOf('=');
    const name = eq < 0 ? part : part.slice(0, eq).trim();
    if (eq < 0 || !/^[A-Za-z][A-Za-z0-9_]*$/.test(name)) {
      warn(part === '' ? 'an empty tag (two \';\' in a row)' : `'${part}' is not a tag=value pair`);
      continue;
    }
    const value = part.slice(eq + 1).trim();
    if (seen.has(name)) warn(`'${name}=' appears twice (the record is then invalid, RFC 6376 §3.2)`);
    seen.add(name);
    tags.push([name, value]);
  }
  // The first value of each tag the checks read, in one pass (tags.find per tag took longer).
  let v: string | undefined, kTag: string | undefined, h: string | undefined, s: string | undefined, t: string | undefined, p: string | undefined;
  for (const [name, value] of tags) {
    switch (name) {
      case 'v': v ??= value; break;
      case 'k': kTag ??= value; break;
      case 'h': h ??= value; break;
      case 's': s ??= value; break;
      case 't': t ??= value; break;
      case 'p': p ??= value; break;
    }
  }
  if (v !== undefined) {
    if (v !== 'DKIM1') warn(`v=${v}: the version is DKIM1`);
    if (tags[0][0] !== 'v') warn("'v=DKIM1' must be the first tag when present");
  }
  const k = kTag ?? 'rsa';
  if (kTag !== undefined && k !== 'rsa' && k !== 'ed25519') warn(`k=${k}: the key type is rsa or ed25519 (RFC 8463); verifiers ignore keys of other types`);
  if (h !== undefined) {
    const algs = h.split(':').map((x) => x.trim());
    if (algs.some((a) => !/^[A-Za-z][A-Za-z0-9]*$/.test(a))) warn(`h=${h}: a colon list of hash algorithms (sha256, sha1)`);
    else if (!algs.includes('sha256') && !algs.includes('sha1')) warn(`h=${h}: no hash algorithm verifiers know (sha256): the key is unusable`);
  }
  if (s !== undefined && s.split(':').some((x) => !/^(\*|[A-Za-z0-9][A-Za-z0-9-]*)$/.test(x.trim()))) warn(`s=${s}: a colon list of service types (* or email)`);
  if (t !== undefined && t.split(':').some((x) => !/^[A-Za-z0-9][A-Za-z0-9-]*$/.test(x.trim()))) warn(`t=${t}: a colon list of flags (y, s)`);
  let rsaBits: number | undefined;
  if (p === undefined) {
    warn("'p=' (the public key) is required; an empty 'p=' revokes the key");
  } else {
    let b64 = p;
    if (b64 === '') {
      findings.push({ severity: 'info', message: 'the key is revoked (empty p=): signatures with this selector fail (RFC 6376 §3.6.1)' });
    } else {
      // The key length needs only the key's first octets: decode those into a scratch buffer (keys
      // are hundreds of characters), and all of it only in the odd case they do not suffice.
      let length = base64Length(b64);
      // White space inside the key is allowed (RFC 6376 §3.6.1): strip it only when there is some
      // (base64Length then said no); most keys have none, and are not copied.
      if (length < 0 && /[ \t\r\n]/.test(b64)) {
        b64 = b64.replace(/[ \t\r\n]+/g, '');
        length = base64Length(b64);
      }
      if (length < 0) {
        warn("p= is not valid base64");
      } else if (k === 'rsa') {
        const known = decodeHead(b64, HEAD, Math.min(length, HEAD.length));
        const bits = rsaModulusBitsOf(HEAD, length, known);
        rsaBits = bits === MORE ? rsaModulusBits(base64Decode(b64)!) : bits;
        if (rsaBits === undefined) warn(`p= is not an RSA public key (a DER SubjectPublicKeyInfo, RFC 6376 §3.6.1) — ${length} octets that do not parse`);
        else if (rsaBits < MIN_RSA_BITS) warn(`the RSA key has ${rsaBits} bits: keys under ${MIN_RSA_BITS} bits are weak and verifiers reject them (RFC 8301 §3.2); publish a 2048-bit key`);
      } else if (k === 'ed25519' && length !== 32) {
        warn(`an Ed25519 key is 32 octets (RFC 8463 §4), this p= holds ${length}`);
      }
    }
  }
  return { tags, findings, rsaBits };
}

/** Scratch for the first octets of a key (what the RSA length needs), reused from key to key. */
const HEAD = new Uint8Array(96);

/** Raised (as a value) when the decoded prefix of a key is too short to answer: decode it all. */
const MORE = -1;

/** A DER element at `at`: tag, content start and end; undefined when it overruns `end`; MORE past `known`. */
function derElement(b: Uint8Array, at: number, end: number, known: number): { tag: number; start: number; end: number } | undefined | typeof MORE {
  if (at + 2 > end) return undefined;
  if (at + 2 > known) return MORE;
  const tag = b[at];
  let len = b[at + 1];
  let start = at + 2;
  if (len & 0x80) {
    const n = len & 0x7f;
    if (n === 0 || n > 4 || start + n > end) return undefined;
    if (start + n > known) return MORE;
    len = 0;
    for (let i = 0; i < n; i++) len = len * 256 + b[start + i];
    start += n;
  }
  if (start + len > end) return undefined;
  return { tag, start, end: start + len };
}

/** Bits of an unsigned DER INTEGER's value; MORE when its first non-zero octet is past `known`. */
function integerBits(b: Uint8Array, start: number, end: number, known: number): number {
  let i = start;
  while (i < end && i < known && b[i] === 0) i++;
  if (i === end) return 0;
  if (i >= known) return MORE;
  return (end - i - 1) * 8 + (32 - Math.clz32(b[i]));
}

const RSA_OID = [0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x01, 0x01]; // 1.2.840.113549.1.1.1

/**
 * The modulus length of an RSA public key: a SubjectPublicKeyInfo (what RFC 6376 asks for) or a
 * bare PKCS#1 RSAPublicKey (which some publishers use and common verifiers accept).
 */
export function rsaModulusBits(der: Uint8Array): number | undefined {
  const bits = rsaModulusBitsOf(der, der.length, der.length);
  return bits === MORE ? undefined : bits;
}

/**
 * rsaModulusBits of a key of `length` octets of which only the first `known` are in `der`: MORE when
 * the answer needs octets past them (the header and the modulus's first octet are all it reads).
 */
function rsaModulusBitsOf(der: Uint8Array, length: number, known: number): number | undefined {
  const outer = derElement(der, 0, length, known);
  if (outer === MORE || !outer || outer.tag !== 0x30) return outer === MORE ? MORE : undefined;
  const first = derElement(der, outer.start, outer.end, known);
  if (first === MORE || !first) return first === MORE ? MORE : undefined;
  if (first.tag === 0x02) return integerBits(der, first.start, first.end, known); // RSAPublicKey: modulus first
  if (first.tag !== 0x30) return undefined;
  const oid = derElement(der, first.start, first.end, known);
  if (oid === MORE || !oid || oid.tag !== 0x06 || oid.end - oid.start !== RSA_OID.length) return oid === MORE ? MORE : undefined;
  if (oid.end > known) return MORE;
  for (let i = 0; i < RSA_OID.length; i++) if (der[oid.start + i] !== RSA_OID[i]) return undefined;
  const bitString = derElement(der, first.end, outer.end, known);
  if (bitString === MORE) return MORE;
  if (bitString && bitString.start >= known) return MORE;
  if (!bitString || bitString.tag !== 0x03 || der[bitString.start] !== 0) return undefined;
  const rsa = derElement(der, bitString.start + 1, bitString.end, known);
  if (rsa === MORE || !rsa || rsa.tag !== 0x30) return rsa === MORE ? MORE : undefined;
  const modulus = derElement(der, rsa.start, rsa.end, known);
  if (modulus === MORE || !modulus || modulus.tag !== 0x02) return modulus === MORE ? MORE : undefined;
  return integerBits(der, modulus.start, modulus.end, known);
}
