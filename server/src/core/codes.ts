/**
 * Every diagnostic code Zonemail reports, with its default severity and one-line doc.
 * Each code has a section `## code` in docs/diagnostics.md (a unit test keeps them in step).
 */
import type { Severity } from './types';
import { ZONE_CHECKS } from './checks/index';
import { SENDMAIL_CHECKS } from './sendmail/checks/index';

export interface CodeInfo { code: string; severity: Severity; doc: string }

/** Codes reported while reading the file (lexer, parser, rdata parsers). */
const PARSER_CODES: CodeInfo[] = [
  { code: 'syntax-error', severity: 'error', doc: 'The text is not a valid zone-file entry (parentheses, quotes, missing type, unknown directive).' },
  { code: 'unknown-type', severity: 'error', doc: 'The record type is not a known RR type, TYPEnnn, or it is a meta type.' },
  { code: 'invalid-ttl', severity: 'error', doc: 'A TTL that is not a number or unit form, or above 2^32-1.' },
  { code: 'ttl-too-large', severity: 'warning', doc: 'A TTL above 2^31-1, which resolvers treat as 0 (RFC 2181 §8).' },
  { code: 'no-ttl', severity: 'warning', doc: 'No $TTL and no TTL on the SOA: BIND uses the SOA minimum.' },
  { code: 'missing-ttl', severity: 'error', doc: 'A record with no TTL, no $TTL and no earlier TTL: BIND rejects the zone.' },
  { code: 'class-mismatch', severity: 'error', doc: "A record's class differs from the zone's class." },
  { code: 'invalid-name', severity: 'error', doc: 'A domain name that is not valid (empty label, bad escape, no origin).' },
  { code: 'label-too-long', severity: 'error', doc: 'A label of a domain name over 63 octets (RFC 1035 §2.3.4).' },
  { code: 'name-too-long', severity: 'error', doc: 'A domain name over 255 octets on the wire (RFC 1035 §2.3.4).' },
  { code: 'include-not-found', severity: 'error', doc: 'An $INCLUDE file that cannot be read.' },
  { code: 'include-cycle', severity: 'error', doc: 'An $INCLUDE that includes a file already being read.' },
  { code: 'include-depth', severity: 'error', doc: '$INCLUDE nested too deeply.' },
  { code: 'invalid-generate', severity: 'error', doc: 'A $GENERATE directive with a bad range or template.' },
  { code: 'generate-too-large', severity: 'warning', doc: 'A $GENERATE range larger than Zonemail expands.' },
  { code: 'missing-field', severity: 'error', doc: 'The rdata has fewer fields than the type needs.' },
  { code: 'extra-field', severity: 'error', doc: 'The rdata has more fields than the type takes.' },
  { code: 'invalid-ipv4', severity: 'error', doc: 'Not an IPv4 address.' },
  { code: 'invalid-ipv6', severity: 'error', doc: 'Not an IPv6 address.' },
  { code: 'invalid-base64', severity: 'error', doc: 'Not valid base64.' },
  { code: 'invalid-base32hex', severity: 'error', doc: 'Not valid base32hex (NSEC3 hashes).' },
  { code: 'invalid-hex', severity: 'error', doc: 'Not valid hexadecimal.' },
  { code: 'out-of-range', severity: 'error', doc: "A number outside its field's range." },
  { code: 'invalid-number', severity: 'error', doc: 'Not a number where the field needs one.' },
  { code: 'serial-out-of-range', severity: 'error', doc: 'An SOA serial above 4294967295 (2^32 − 1).' },
  { code: 'txt-string-too-long', severity: 'error', doc: 'A TXT character-string over 255 octets (RFC 1035 §3.3): split it into several quoted strings.' },
  { code: 'invalid-rdata', severity: 'error', doc: "Rdata that does not fit its type's format." },
];

/** Codes reported by the analysis itself (not a Check). */
const ANALYSIS_CODES: CodeInfo[] = [
  { code: 'origin-guessed', severity: 'info', doc: 'The zone origin was guessed from the file name; set it to be sure.' },
  { code: 'no-origin', severity: 'warning', doc: 'No origin could be found for the zone; relative names cannot be resolved.' },
  { code: 'stale-serial', severity: 'warning', doc: 'Records changed since the baseline (git HEAD, or the file as opened) but the SOA serial did not.' },
  { code: 'serial-decreased', severity: 'error', doc: 'The SOA serial is lower than the baseline\'s (RFC 1982): secondaries ignore the zone.' },
  { code: 'check-failed', severity: 'warning', doc: 'One check failed with an internal error on this file; the others ran.' },
  { code: 'too-many-diagnostics', severity: 'info', doc: 'More diagnostics than the per-file limit; the rest are not shown.' },
];

export const ALL_CODES: readonly CodeInfo[] = [
  ...PARSER_CODES,
  ...ANALYSIS_CODES,
  ...ZONE_CHECKS.map((c) => ({ code: c.code, severity: c.severity, doc: c.doc })),
  ...SENDMAIL_CHECKS.map((c) => ({ code: c.code, severity: c.severity, doc: c.doc })),
];

const BY_CODE = new Map(ALL_CODES.map((c) => [c.code, c]));

export function codeInfo(code: string): CodeInfo | undefined {
  return BY_CODE.get(code);
}
