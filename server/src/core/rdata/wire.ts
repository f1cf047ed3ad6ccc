/**
 * The RFC 3597 generic form of a known type (`MX \# 3 000a00`) holds the type's wire format. BIND
 * converts it and rejects the zone when the octets do not make that type's fields (lib/dns/rdata
 * fromwire: "unexpected end of input", "extra input data", FORMERR, compression "disallowed").
 * This walks the octets along the type's field layout and says which field is cut off or wrong.
 */

/**
 * Field kinds: u8/u16/u32 fixed numbers; `name` an uncompressed domain name; `cstr` one
 * length-prefixed character-string; `cstrs` one or more of them up to the end; `tag` a CAA tag
 * (a character-string of 1 or more octets); `rest` any octets to the end; `data` one or more octets
 * to the end.
 */
type Field = 'u8' | 'u16' | 'u32' | 'name' | 'cstr' | 'cstrs' | 'tag' | 'rest' | 'data';

const N: Field[] = ['name'];
const PREF_NAME: Field[] = ['u16', 'name'];
const KEY: Field[] = ['u16', 'u8', 'u8', 'data'];
/** Layouts with the field names used in messages. */
const LAYOUTS: Readonly<Record<string, readonly (readonly [Field, string])[]>> = (() => {
  const named = (fields: Field[], names: string[]) => fields.map((f, i) => [f, names[i]] as const);
  const out: Record<string, readonly (readonly [Field, string])[]> = {};
  for (const t of ['NS', 'CNAME', 'PTR', 'DNAME', 'MD', 'MF', 'MB', 'MG', 'MR']) out[t] = named(N, ['target name']);
  out.SOA = named(['name', 'name', 'u32', 'u32', 'u32', 'u32', 'u32'], ['primary name server', 'responsible mailbox', 'serial', 'refresh', 'retry', 'expire', 'minimum']);
  for (const t of ['MX', 'KX', 'RT', 'AFSDB', 'LP']) out[t] = named(PREF_NAME, ['preference', 'host name']);
  for (const t of ['MINFO', 'RP']) out[t] = named(['name', 'name'], ['first name', 'second name']);
  for (const t of ['TXT', 'SPF']) out[t] = named(['cstrs'], ['text strings']);
  out.HINFO = named(['cstr', 'cstr'], ['CPU string', 'OS string']);
  out.SRV = named(['u16', 'u16', 'u16', 'name'], ['priority', 'weight', 'port', 'target']);
  out.NAPTR = named(['u16', 'u16', 'cstr', 'cstr', 'cstr', 'name'], ['order', 'preference', 'flags', 'services', 'regexp', 'replacement']);
  out.PX = named(['u16', 'name', 'name'], ['preference', 'MAP822', 'MAPX400']);
  for (const t of ['DS', 'CDS']) out[t] = named(KEY, ['key tag', 'algorithm', 'digest type', 'digest']);
  for (const t of ['DNSKEY', 'CDNSKEY']) out[t] = named(KEY, ['flags', 'protocol', 'algorithm', 'public key']);
  out.SSHFP = named(['u8', 'u8', 'data'], ['algorithm', 'fingerprint type', 'fingerprint']);
  for (const t of ['TLSA', 'SMIMEA']) out[t] = named(['u8', 'u8', 'u8', 'data'], ['usage', 'selector', 'matching type', 'certificate data']);
  out.RRSIG = named(['u16', 'u8', 'u8', 'u32', 'u32', 'u32', 'u16', 'name', 'data'],
    ['type covered', 'algorithm', 'labels', 'original TTL', 'expiration', 'inception', 'key tag', "signer's name", 'signature']);
  out.NSEC = named(['name', 'data'], ['next name', 'type bitmap']);
  out.NSEC3PARAM = named(['u8', 'u8', 'u16', 'cstr'], ['hash algorithm', 'flags', 'iterations', 'salt']);
  out.CAA = named(['u8', 'tag', 'rest'], ['flags', 'tag', 'value']);
  out.URI = named(['u16', 'u16', 'rest'], ['priority', 'weight', 'target']);
  for (const t of ['SVCB', 'HTTPS']) out[t] = named(['u16', 'name', 'rest'], ['priority', 'target name', 'parameters']);
  return out;
})();

/**
 * The problem with `bytes` as the wire rdata of `type`, or undefined when the octets make the
 * type's fields (or the type's layout is not known here).
 */
export function genericWireProblem(type: string, bytes: Uint8Array): string | undefined {
  const layout = LAYOUTS[type];
  if (layout === undefined) return undefined;
  const n = bytes.length;
  let p = 0;
  for (const [kind, field] of layout) {
    const short = `${type} rdata in the generic form ends before its ${field} (${n} octets)`;
    switch (kind) {
      case 'u8': if (p + 1 > n) return short; p += 1; break;
      case 'u16': if (p + 2 > n) return short; p += 2; break;
      case 'u32': if (p + 4 > n) return short; p += 4; break;
      case 'cstr': case 'tag': {
        if (p + 1 > n) return short;
        const len = bytes[p];
        if (kind === 'tag' && len === 0) return `${type} rdata in the generic form has an empty ${field}`;
        if (p + 1 + len > n) return `${type} rdata in the generic form: the ${field} announces ${len} octets but only ${n - p - 1} follow`;
        p += 1 + len;
        break;
      }
      case 'cstrs': {
        if (p >= n) return short;
        while (p < n) {
          const len = bytes[p];
          if (p + 1 + len > n) return `${type} rdata in the generic form: a character-string at octet ${p} announces ${len} octets but only ${n - p - 1} follow`;
          p += 1 + len;
        }
        break;
      }
      case 'name': {
        let total = 0;
        for (;;) {
          if (p >= n) return `${type} rdata in the generic form ends inside its ${field} (${n} octets)`;
          const len = bytes[p];
          if (len >= 0xc0) return `${type} rdata in the generic form: the ${field} uses a compression pointer, which is not allowed here`;
          if (len > 63) return `${type} rdata in the generic form: a label of the ${field} has ${len} octets (at most 63)`;
          total += len + 1;
          if (total > 255) return `${type} rdata in the generic form: the ${field} is longer than 255 octets`;
          p += 1 + len;
          if (len === 0) break;
        }
        if (p > n) return `${type} rdata in the generic form ends inside its ${field} (${n} octets)`;
        break;
      }
      case 'data': if (p >= n) return `${type} rdata in the generic form has no ${field}`; p = n; break;
      case 'rest': p = n; break;
    }
  }
  if (p < n) return `${type} rdata in the generic form has ${n - p} octet${n - p === 1 ? '' : 's'} after its last field (${layout[layout.length - 1][1]})`;
  // Digests of a known algorithm have its length (BIND checks DS and SSHFP; TLSA it does not).
  const digest = type === 'DS' || type === 'CDS' ? { at: 3, from: 4, lengths: DS_DIGESTS } : type === 'SSHFP' ? { at: 1, from: 2, lengths: SSHFP_DIGESTS } : undefined;
  if (digest !== undefined) {
    const want = digest.lengths[bytes[digest.at]];
    if (want !== undefined && n - digest.from !== want[0]) {
      return `${type} rdata in the generic form: a ${want[1]} digest (type ${bytes[digest.at]}) is ${want[0]} octets, not ${n - digest.from}`;
    }
  }
  return undefined;
}

/** Digest lengths by digest type: DS (RFC 4034, 4509, 5933, 6605) and SSHFP (RFC 4255, 6594). */
const DS_DIGESTS: Readonly<Record<number, readonly [number, string]>> = { 1: [20, 'SHA-1'], 2: [32, 'SHA-256'], 3: [32, 'GOST R 34.11-94'], 4: [48, 'SHA-384'] };
const SSHFP_DIGESTS: Readonly<Record<number, readonly [number, string]>> = { 1: [20, 'SHA-1'], 2: [32, 'SHA-256'] };

/** The octets of validated hex tokens (even count of hex digits in all). */
export function hexBytes(texts: readonly string[]): Uint8Array {
  const hex = texts.join('');
  const out = new Uint8Array(hex.length >> 1);
  for (let i = 0; i < out.length; i++) out[i] = parseInt(hex.substr(i * 2, 2), 16);
  return out;
}
