/**
 * DNSKEY wire data, key tags and DS digests (RFC 4034 §2.1, §5.1.4, App. B), for the CDS/CDNSKEY
 * consistency check. Rdata is read back from the record's text (the parser keeps the key's length,
 * not its octets); the RFC 3597 generic form is read as the wire data it is.
 */
import { sha1, sha256, sha384 } from './digest';
import { Lexer } from '../lexer';
import { base64Decode } from '../rdata/util';
import { hexBytes } from '../rdata/wire';

/** The fields of rdata text, as the zone lexer reads them (comments and parentheses dropped). */
export function rdataWords(text: string): string[] {
  return new Lexer(text, () => undefined).next()?.tokens.map((t) => t.text) ?? [];
}

/** The octets of hex text, or undefined when it is not an even number of hex digits. */
function hexOf(hex: string): Uint8Array | undefined {
  return hex.length % 2 === 0 && /^[0-9a-fA-F]*$/.test(hex) ? hexBytes([hex]) : undefined;
}

/**
 * The wire rdata of a DNSKEY/CDNSKEY (flags, protocol, algorithm as numbers from the parsed rdata;
 * the key from the text), or of a DS/CDS (key tag, algorithm, digest type; the digest from the
 * text). Undefined when it cannot be read.
 */
export function keyWire(fields: readonly [number, number, number], words: readonly string[], kind: 'key' | 'ds'): Uint8Array | undefined {
  if (words[0] === '\\#') return hexOf(words.slice(2).join(''));
  const data = kind === 'key' ? base64Decode(words.slice(3).join('')) : hexOf(words.slice(3).join(''));
  if (data === undefined) return undefined;
  // DNSKEY: flags (16 bits), protocol, algorithm; DS: key tag (16 bits), algorithm, digest type.
  const head = [fields[0] >> 8, fields[0] & 0xff, fields[1], fields[2]];
  const out = new Uint8Array(4 + data.length);
  out.set(head);
  out.set(data, 4);
  return out;
}

/** The key tag of DNSKEY wire rdata (RFC 4034 App. B; algorithm 1's special case aside). */
export function keyTag(rdata: Uint8Array): number {
  let ac = 0;
  for (let i = 0; i < rdata.length; i++) ac += i & 1 ? rdata[i] : rdata[i] << 8;
  ac += (ac >>> 16) & 0xffff;
  return ac & 0xffff;
}

/** A canonical (lower-case, escapes decoded) domain name in wire form. */
export function nameWire(key: string): Uint8Array {
  const out: number[] = [];
  if (key !== '.') {
    let label: number[] = [];
    for (let i = 0; i < key.length; i++) {
      let c = key.charCodeAt(i);
      if (c === 92) {
        const d = key.charCodeAt(i + 1);
        if (d >= 48 && d <= 57) { c = Number(key.slice(i + 1, i + 4)); i += 3; } else { c = d; i++; }
      } else if (c === 46) { out.push(label.length, ...label); label = []; continue; }
      if (c >= 65 && c <= 90) c += 32;
      label.push(c & 0xff);
    }
    if (label.length > 0) out.push(label.length, ...label);
  }
  out.push(0);
  return Uint8Array.from(out);
}

/** The DS digest of a DNSKEY for a digest type (1 SHA-1, 2 SHA-256, 4 SHA-384), or undefined for another type. */
export function dsDigest(owner: Uint8Array, dnskey: Uint8Array, digestType: number): Uint8Array | undefined {
  const h = digestType === 1 ? sha1 : digestType === 2 ? sha256 : digestType === 4 ? sha384 : undefined;
  if (h === undefined) return undefined;
  const msg = new Uint8Array(owner.length + dnskey.length);
  msg.set(owner);
  msg.set(dnskey, owner.length);
  return h(msg);
}
