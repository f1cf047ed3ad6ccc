/**
 * Semantic tokens (so themes colour zone files by role) and inlay hints (the absolute name after a
 * relative one, a TTL in seconds humanised) for a zone file. Offsets only; the server encodes.
 */
import type { ParseResult } from '../parser';
import { parseTtl } from '../ttl';
import { recordTokens, recordsOfFile, fieldOfToken, namesOf, tokensIn } from './locate';
import { humanDuration } from './hover';

export type TokenRole = 'owner' | 'type' | 'class' | 'name' | 'number' | 'string' | 'directive';

export interface SemanticToken { start: number; end: number; role: TokenRole }

const NUMBER_KINDS = new Set(['u8', 'u16', 'u32', 'mx-preference', 'srv-priority', 'srv-weight', 'port', 'soa-serial', 'soa-refresh', 'soa-retry',
  'soa-expire', 'soa-minimum', 'dnssec-algorithm', 'ds-digest', 'dnskey-flags', 'dnskey-protocol', 'key-tag', 'labels', 'ttl', 'sig-time',
  'sshfp-algorithm', 'sshfp-type', 'tlsa-usage', 'tlsa-selector', 'tlsa-matching', 'caa-flags', 'cert-type', 'nsec3-hash', 'nsec3-flags',
  'nsec3-iterations', 'zonemd-scheme', 'zonemd-hash', 'svc-priority', 'ipv4', 'ipv6']);

/** Semantic tokens of the records and directives of `file` that lie in [from, to), in offset order. */
export function semanticTokens(parse: ParseResult, file: string, text: string, from = 0, to = text.length): SemanticToken[] {
  const out: SemanticToken[] = [];
  for (const r of recordsOfFile(parse, file)) {
    if (r.rdataEnd < from || r.ownerStart > to) continue;
    const rt = recordTokens(text, r);
    if (!rt) continue;
    if (rt.owner) out.push({ start: rt.owner.start, end: rt.owner.end, role: 'owner' });
    if (rt.ttl) out.push({ start: rt.ttl.start, end: rt.ttl.end, role: 'number' });
    if (rt.cls) out.push({ start: rt.cls.start, end: rt.cls.end, role: 'class' });
    out.push({ start: rt.type.start, end: rt.type.end, role: 'type' });
    const names = new Set(namesOf(r.rdata).map((n) => n.start));
    rt.rdata.forEach((t, i) => {
      let role: TokenRole | undefined;
      if (names.has(t.start)) role = 'name';
      else if (t.quoted) role = 'string';
      else {
        const f = fieldOfToken(r.type, rt.rdata, i)?.field;
        if (f && (f.kind === 'type-covered' || f.kind === 'types')) role = 'type';
        else if (f && NUMBER_KINDS.has(f.kind)) role = 'number';
      }
      if (role) out.push({ start: t.start, end: t.end, role });
    });
  }
  for (const d of parse.directives) {
    if (d.file !== file || d.end < from || d.start > to) continue;
    const toks = tokensIn(text, d.start, d.end);
    if (toks.length === 0) continue;
    out.push({ start: toks[0].start, end: toks[0].end, role: 'directive' });
    const arg = toks[1];
    if (arg) out.push({ start: arg.start, end: arg.end, role: d.name === '$TTL' ? 'number' : d.name === '$INCLUDE' ? 'string' : d.name === '$ORIGIN' ? 'name' : 'owner' });
    if (d.name === '$INCLUDE' && toks[2]) out.push({ start: toks[2].start, end: toks[2].end, role: 'name' });
  }
  return out.filter((t) => !/[\r\n]/.test(text.slice(t.start, t.end))).sort((a, b) => a.start - b.start);
}

export interface InlayHint { offset: number; label: string; kind: 'name' | 'ttl'; tooltip?: string }

export interface InlayOptions {
  /** The absolute name after relative owner and rdata names (default true). */
  absoluteNames?: boolean;
  /** Humanised TTLs after TTLs written in seconds (default true). */
  ttl?: boolean;
}

/** Inlay hints in [from, to) of `file`. */
export function inlayHints(parse: ParseResult, file: string, text: string, options: InlayOptions = {}, from = 0, to = text.length): InlayHint[] {
  const names = options.absoluteNames !== false, ttls = options.ttl !== false;
  const out: InlayHint[] = [];
  const ttlHint = (tokText: string, end: number) => {
    if (!/^[0-9]+$/.test(tokText)) return; // written with units already
    const v = parseTtl(tokText);
    if (v === undefined || v < 60) return;
    out.push({ offset: end, label: humanDuration(v), kind: 'ttl' });
  };
  for (const r of recordsOfFile(parse, file)) {
    if (r.rdataEnd < from || r.ownerStart > to) continue;
    const written = (s: number, e: number) => text.slice(s, e);
    if (names && r.ownerEnd > r.ownerStart) {
      const w = written(r.ownerStart, r.ownerEnd);
      if (w === '@' || !w.endsWith('.')) out.push({ offset: r.ownerEnd, label: w === '@' ? `= ${r.owner}` : r.owner.slice(w.length), kind: 'name', tooltip: r.owner });
    }
    if (names) {
      for (const n of namesOf(r.rdata)) {
        const w = written(n.start, n.end);
        if (n.relative && n.name !== '.' && (w === '@' || n.name.startsWith(w))) out.push({ offset: n.end, label: w === '@' ? `= ${n.name}` : n.name.slice(w.length), kind: 'name', tooltip: n.name });
      }
    }
    if (ttls) {
      if (r.ttlExplicit || r.typeCode === 6) {
        const rt = recordTokens(text, r);
        if (rt?.ttl) ttlHint(rt.ttl.text, rt.ttl.end);
        if (rt && r.typeCode === 6) rt.rdata.forEach((t, i) => { if (i >= 3 && i <= 6) ttlHint(t.text, t.end); });
      }
    }
  }
  if (ttls) {
    for (const d of parse.directives) {
      if (d.file !== file || d.name !== '$TTL' || d.end < from || d.start > to) continue;
      const toks = tokensIn(text, d.start, d.end);
      if (toks[1]) ttlHint(toks[1].text, toks[1].end);
    }
  }
  return out.filter((h) => h.offset >= from && h.offset <= to).sort((a, b) => a.offset - b.offset);
}
