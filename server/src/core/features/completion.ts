/**
 * Completion in zone files: directives, record types (with snippets of their fields), classes,
 * the zone's names in owner and name fields (in the shortest form for the origin in force), known
 * values of numeric fields (DNSSEC algorithms, digest types, TLSA/SSHFP numbers, CAA tags) and an
 * SOA template with today's date serial. Pure: the caller gives the day.
 */
import type { ZoneModel } from '../model';
import type { ParseResult } from '../parser';
import { relativize } from '../names';
import { classFromToken, META_TYPES, OBSOLETE_TYPES, RR_TYPES, typeFromToken } from '../rrtypes';
import type { Day } from '../serial';
import { CLASS_DOCS, DIRECTIVE_DOCS, RR_TYPE_DOCS, type FieldKind } from './data/rrtype-docs';
import {
  CAA_TAG_INFO, DNSSEC_ALGORITHM_INFO, DS_DIGEST_INFO, SSHFP_ALGORITHM_INFO, SSHFP_TYPE_INFO, TLSA_MATCHING_INFO, TLSA_SELECTOR_INFO,
  TLSA_USAGE_INFO, type NumberTable,
} from './data/numbers';
import { recordsOfFile, tokensIn } from './locate';
import { recordEnd } from './symbols';

export interface CompletionItem {
  label: string;
  kind: 'directive' | 'type' | 'class' | 'name' | 'value' | 'snippet';
  detail?: string;
  documentation?: string;
  /** Text to insert; a snippet (LSP snippet syntax: ${1:placeholder}) when `snippet` is set. */
  insertText: string;
  snippet?: boolean;
  /** The range the item replaces (the word being typed). */
  start: number;
  end: number;
  sortText?: string;
}

export interface CompletionInput {
  parse: ParseResult;
  model: ZoneModel;
  file: string;
  text: string;
  /** The zone's origin (apex), absolute. */
  origin: string;
  /** Today (UTC), for the SOA template's serial. */
  today: Day;
}

/** The types most zone files use, offered first. */
const COMMON = ['A', 'AAAA', 'CNAME', 'MX', 'NS', 'TXT', 'SRV', 'CAA', 'PTR', 'SOA', 'HTTPS', 'SVCB', 'DS', 'DNSKEY', 'TLSA', 'SSHFP', 'NAPTR'];

const pad = (n: number) => (n < 10 ? `0${n}` : String(n));

/** A snippet of a type's fields: `MX ${1:preference} ${2:exchange}`. */
export function typeSnippet(type: string): string {
  const doc = RR_TYPE_DOCS[type];
  if (!doc || doc.fields.length === 0) return type;
  const parts = doc.fields.map((f, i) => {
    const ph = `\${${i + 1}:${f.name.replace(/[$}\\]/g, '')}${f.rest ? '…' : ''}}`;
    return f.kind === 'text' || f.kind === 'caa-value' || (f.kind === 'string' && type !== 'HINFO') ? `"${ph}"` : ph;
  });
  return `${type} ${parts.join(' ')}`;
}

/** The SOA record template, with a YYYYMMDD01 serial for `today`. */
export function soaTemplate(today: Day): string {
  const serial = `${today.year}${pad(today.month)}${pad(today.day)}01`;
  return [
    '@ IN SOA ${1:ns1} ${2:hostmaster} (',
    `\t\${3:${serial}} ; serial`,
    '\t${4:1h} ; refresh',
    '\t${5:15m} ; retry',
    '\t${6:2w} ; expire',
    '\t${7:1h} ; minimum (negative-caching TTL)',
    ')',
  ].join('\n');
}

function tableItems(table: NumberTable, start: number, end: number): CompletionItem[] {
  return Object.entries(table).map(([n, v]) => ({ label: n, kind: 'value' as const, detail: v.name, documentation: v.doc, insertText: n, start, end, sortText: n.padStart(5, '0') }));
}

const FIELD_TABLES: Partial<Record<FieldKind, NumberTable>> = {
  'dnssec-algorithm': DNSSEC_ALGORITHM_INFO, 'ds-digest': DS_DIGEST_INFO, 'sshfp-algorithm': SSHFP_ALGORITHM_INFO,
  'sshfp-type': SSHFP_TYPE_INFO, 'tlsa-usage': TLSA_USAGE_INFO, 'tlsa-selector': TLSA_SELECTOR_INFO, 'tlsa-matching': TLSA_MATCHING_INFO,
};

/** The origin in force at an offset of `file`: the last $ORIGIN before it, else the zone's origin. */
function originAt(parse: ParseResult, file: string, offset: number, origin: string): string {
  let o = origin;
  for (const d of parse.directives) if (d.file === file && d.name === '$ORIGIN' && d.end <= offset && d.value) o = d.value;
  return o;
}

function lineStart(text: string, offset: number): number {
  let i = offset;
  while (i > 0 && text.charCodeAt(i - 1) !== 10 && text.charCodeAt(i - 1) !== 13) i--;
  return i;
}

export function complete(input: CompletionInput, offset: number): CompletionItem[] {
  const { parse, model, file, text } = input;
  // The entry the cursor is in: a parenthesised record that spans lines starts further up.
  let entryStart = lineStart(text, offset);
  const list = recordsOfFile(parse, file);
  let lo = 0, hi = list.length - 1, k = -1;
  while (lo <= hi) { const m = (lo + hi) >> 1; if (list[m].ownerStart <= offset) { k = m; lo = m + 1; } else hi = m - 1; }
  if (k >= 0 && list[k].ownerStart < entryStart && offset <= recordEnd(text, list[k]) && text.slice(list[k].ownerStart, offset).includes('(')) entryStart = lineStart(text, list[k].ownerStart);
  // Inside a comment or a quoted string: nothing.
  const before = text.slice(lineStart(text, offset), offset);
  if (/^[^"]*("[^"]*"[^"]*)*;/.test(before) || (before.split('"').length - 1) % 2 === 1) return [];
  const toks = tokensIn(text, entryStart, offset);
  const typing = toks.length > 0 && toks[toks.length - 1].end === offset && !toks[toks.length - 1].quoted ? toks[toks.length - 1] : undefined;
  const done = typing ? toks.slice(0, -1) : toks;
  const start = typing ? typing.start : offset;
  const end = offset;
  const blank = text.charCodeAt(entryStart) === 32 || text.charCodeAt(entryStart) === 9;
  const origin = originAt(parse, file, offset, input.origin);

  const names = (): CompletionItem[] => {
    const out: CompletionItem[] = [];
    for (const key of model.names()) {
      const label = relativize(key, origin);
      out.push({ label, kind: 'name', detail: model.at(key).map((r) => r.type).filter((t, i, a) => a.indexOf(t) === i).join(', '), insertText: label, start, end });
      if (out.length >= 2000) break;
    }
    return out;
  };
  const types = (): CompletionItem[] => Object.keys(RR_TYPES)
    .filter((t) => !META_TYPES.has(t) && RR_TYPE_DOCS[t] !== undefined)
    .map((t) => {
      const i = COMMON.indexOf(t);
      const doc = RR_TYPE_DOCS[t];
      return {
        label: t, kind: 'type' as const, detail: doc.summary.split(/(?<=\.)\s/)[0], documentation: `${doc.summary}\n\n${doc.rfc}${doc.status ? `\n\n${doc.status}` : ''}`,
        insertText: t === 'SOA' ? soaTemplate(input.today).replace(/^@ IN /, '') : typeSnippet(t), snippet: true, start, end,
        sortText: i >= 0 ? `0${String(i).padStart(2, '0')}` : OBSOLETE_TYPES.has(t) || doc.status ? `2${t}` : `1${t}`,
      };
    });
  const classes = (): CompletionItem[] => Object.entries(CLASS_DOCS).map(([c, d]) => ({ label: c, kind: 'class' as const, documentation: d, insertText: c, start, end, sortText: c === 'IN' ? '000' : `3${c}` }));
  const directives = (): CompletionItem[] => Object.entries(DIRECTIVE_DOCS).map(([d, v]) => ({
    label: d, kind: 'directive' as const, detail: v.syntax, documentation: v.doc,
    insertText: d === '$ORIGIN' ? '\\$ORIGIN ${1:example.com.}' : d === '$TTL' ? '\\$TTL ${1:1h}' : d === '$INCLUDE' ? '\\$INCLUDE ${1:file}' : '\\$GENERATE ${1:1-10} ${2:host-\\$} A ${3:192.0.2.\\$}',
    snippet: true, start, end,
  }));

  // Directive lines.
  if (!blank && done.length === 0) {
    const out = directives();
    if (typing?.text.startsWith('$')) return out;
    out.push({ label: 'SOA record', kind: 'snippet', detail: 'the zone\'s SOA with today\'s serial', documentation: 'Start of authority: primary server, contact, serial (YYYYMMDDnn) and the timers.', insertText: soaTemplate(input.today), snippet: true, start, end, sortText: '~' });
    if (!typing) return out;
    return [...out, ...names()];
  }
  if (!blank && done[0].text.startsWith('$')) return [];
  // Record: owner, then TTL and class in any order, then the type, then rdata.
  let i = blank ? 0 : 1;
  let sawClass = false, sawTtl = false;
  while (i < done.length && i < (blank ? 2 : 3)) {
    const t = done[i].text;
    if (!sawTtl && /^[0-9]/.test(t)) { sawTtl = true; i++; continue; }
    if (!sawClass && classFromToken(t) !== undefined) { sawClass = true; i++; continue; }
    break;
  }
  if (i >= done.length) {
    const out = types();
    if (!sawClass) out.push(...classes());
    return out;
  }
  const ty = typeFromToken(done[i].text);
  if (!ty) return [];
  const fields = RR_TYPE_DOCS[ty.type]?.fields ?? [];
  const index = done.length - i - 1;
  const field = index < fields.length ? fields[index] : fields[fields.length - 1]?.rest ? fields[fields.length - 1] : undefined;
  if (!field) return [];
  if (field.kind === 'name' || field.kind === 'mbox') return names();
  const table = FIELD_TABLES[field.kind];
  if (table) return tableItems(table, start, end);
  if (field.kind === 'caa-tag') return Object.entries(CAA_TAG_INFO).map(([t, d]) => ({ label: t, kind: 'value' as const, documentation: d, insertText: t, start, end }));
  if (field.kind === 'dnskey-flags') return [
    { label: '257', kind: 'value', detail: 'KSK', documentation: 'Key-signing key (ZONE + SEP).', insertText: '257', start, end },
    { label: '256', kind: 'value', detail: 'ZSK', documentation: 'Zone-signing key (ZONE).', insertText: '256', start, end },
  ];
  if (field.kind === 'soa-serial') {
    const serial = `${input.today.year}${pad(input.today.month)}${pad(input.today.day)}01`;
    return [{ label: serial, kind: 'value', detail: 'today, change 01', insertText: serial, start, end }];
  }
  return [];
}
