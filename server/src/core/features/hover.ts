/**
 * Hover documentation for zone files: record types (what, RFC, field layout), each rdata field with
 * its value explained, owner and target names (absolute form, what the zone holds, CNAME chains),
 * TTLs, the SOA serial and timers, classes, directives, and SPF / DMARC / DKIM terms inside TXT
 * strings. Pure: the analysis and text in, markdown and an offset range out.
 */
import type { ZoneModel } from '../model';
import { relativeFile, reverseName, type ForwardZones } from '../reverse';
import type { ParseResult, ZoneRecord } from '../parser';
import type { NameRef, RdToken, SoaRdata, TxtRdata } from '../rdata/api';
import { parseName } from '../names';
import { parseTtl } from '../ttl';
import { RR_TYPES } from '../rrtypes';
import { describeSerial, detectFormat } from '../serial';
import { isSpf } from '../mail/spf';
import { CLASS_DOCS, DIRECTIVE_DOCS, RR_TYPE_DOCS, type FieldDoc } from './data/rrtype-docs';
import {
  CAA_TAG_INFO, CERT_TYPE_INFO, DNSKEY_FLAG_BITS, DNSSEC_ALGORITHM_INFO, DS_DIGEST_INFO, NSEC3_HASH_INFO, SSHFP_ALGORITHM_INFO,
  SSHFP_TYPE_INFO, SVC_PARAM_INFO, TLSA_MATCHING_INFO, TLSA_SELECTOR_INFO, TLSA_USAGE_INFO, ZONEMD_HASH_INFO, ZONEMD_SCHEME_INFO,
  type NumberTable,
} from './data/numbers';
import { DKIM_TAGS, DMARC_TAGS, SPF_QUALIFIERS, SPF_TERMS } from './data/mail-terms';
import { locate, type Located } from './locate';

export interface HoverInput {
  parse: ParseResult;
  model: ZoneModel;
  /** The file the offset is in (the zone file or one of its includes) and its text. */
  file: string;
  text: string;
  /** The other zone files of the workspace: a name outside this zone, and an address's PTR, are looked up there. */
  otherZones?: ForwardZones;
}

export interface HoverResult {
  /** Markdown. */
  contents: string;
  start: number;
  end: number;
}

export function hover(input: HoverInput, offset: number): HoverResult | undefined {
  const at = locate(input.parse, input.file, input.text, offset);
  if (!at) return undefined;
  const md = describe(input, at, offset);
  if (md === undefined) return undefined;
  const range = md.range ?? at.token;
  return { contents: md.text, start: range.start, end: range.end };
}

function describe(input: HoverInput, at: Located, offset: number): { text: string; range?: { start: number; end: number } } | undefined {
  switch (at.kind) {
    case 'type': return { text: typeDoc(at.record.type, true) };
    case 'class': return { text: `**${at.record.cls}** — class\n\n${CLASS_DOCS[at.record.cls] ?? 'A class given by number (RFC 3597).'}` };
    case 'ttl': return { text: ttlDoc(at.record, at.token) };
    case 'owner': return { text: `**owner** of this ${at.record.type} record\n\n${nameDoc(input.model, at.record.owner, at.token.text)}` };
    case 'field': return fieldDoc(input, at, offset);
    case 'directive': return directiveDoc(at.directive.name, at.tokens, at.index, at.directive.value);
  }
}

// ------------------------------------------------------------------------------ types

/** Markdown for a record type: summary, RFC, status, layout and (with `fields`) each field. */
export function typeDoc(type: string, fields: boolean): string {
  const doc = RR_TYPE_DOCS[type];
  const code = RR_TYPES[type];
  const head = `**${type}**${code !== undefined ? ` (type ${code})` : ''}`;
  if (!doc) return `${head}\n\nA type known only by its number: its rdata must be written in the RFC 3597 generic form \`\\# length hex\`.`;
  const lines = [`${head} — ${doc.summary}`, '', `*${doc.rfc}*`];
  if (doc.status) lines.push('', `⚠ ${doc.status}`);
  if (doc.fields.length > 0) {
    lines.push('', '```', `owner TTL class ${type} ${doc.fields.map((f) => (f.rest ? `${f.name.replace(/ /g, '-')}…` : f.name.replace(/ /g, '-'))).join(' ')}`, '```');
    if (fields) for (const f of doc.fields) lines.push(`- **${f.name}**: ${f.doc}`);
  }
  return lines.join('\n');
}

// ------------------------------------------------------------------------------ durations

const UNITS: [number, string][] = [[604800, 'week'], [86400, 'day'], [3600, 'hour'], [60, 'minute'], [1, 'second']];

/** 86400 → "1 day"; 5400 → "1 hour 30 minutes"; 0 → "0 seconds". */
export function humanDuration(seconds: number): string {
  if (seconds === 0) return '0 seconds';
  const parts: string[] = [];
  let rest = seconds;
  for (const [size, unit] of UNITS) {
    if (rest >= size) {
      const n = Math.floor(rest / size);
      parts.push(`${n} ${unit}${n === 1 ? '' : 's'}`);
      rest %= size;
    }
  }
  return parts.join(' ');
}

function ttlDoc(r: ZoneRecord, tok: RdToken): string {
  const v = parseTtl(tok.text) ?? r.ttl;
  return `**TTL** ${v} seconds = **${humanDuration(v)}**\n\nHow long resolvers may cache this record.${v < 300 ? ' Short TTLs mean more queries; fine before a planned change.' : ''}`;
}

function seconds(v: number, tok: RdToken): string {
  return `${tok.text !== String(v) ? `\`${tok.text}\` = ` : ''}${v} seconds = **${humanDuration(v)}**`;
}

// ------------------------------------------------------------------------------ names

const MAX_LISTED = 8;

/** What the zone holds for a name: its records, and a CNAME chain to its end. */
export function nameDoc(model: ZoneModel, name: string, written: string): string {
  const key = parseName(name, undefined).key;
  const lines: string[] = [`\`${name}\``];
  if (written !== name) {
    if (written === '@') lines.push('', `\`@\` stands for the origin.`);
    else if (!written.endsWith('.')) lines.push('', `Relative name: \`${written}\` + the origin.`);
  }
  if (!model.inZone(key)) {
    lines.push('', `Outside this zone (\`${model.apex}\`).`);
    return lines.join('\n');
  }
  const cut = model.delegationOf(key);
  if (cut !== undefined && cut !== key) lines.push('', `Below the delegation \`${cut}\`: data here is glue, not authoritative.`);
  else if (cut === key) lines.push('', 'A delegation point: the NS records here hand the subtree to another zone.');
  const records = model.at(key);
  if (records.length === 0) {
    lines.push('', model.exists(key) ? '' : 'The zone has **no records** at this name.');
  } else {
    lines.push('', `**${records.length} record${records.length === 1 ? '' : 's'}** here:`);
    for (const r of records.slice(0, MAX_LISTED)) lines.push(`- ${r.type} ${summaryOf(r)}`);
    if (records.length > MAX_LISTED) lines.push(`- … and ${records.length - MAX_LISTED} more`);
  }
  const chain = cnameChain(model, key);
  if (chain.length > 0) lines.push('', `CNAME chain: ${chain.join(' → ')}`);
  return lines.join('\n').replace(/\n\n\n+/g, '\n\n');
}

/** For a name outside this zone: what the workspace's zone file for it holds (addresses, alias). */
function elsewhereNote(input: HoverInput, name: string): string {
  const key = parseName(name, undefined).key;
  if (input.otherZones === undefined || input.model.inZone(key)) return '';
  const zone = input.otherZones.zoneFor(key);
  if (zone === undefined) return '';
  const where = `the zone \`${zone.apex}\` of the workspace (${relativeFile(input.file, zone.file)})`;
  if (zone.elsewhere(key)) return `\n\nIn ${where}: delegated or rewritten further down.`;
  const n = zone.lookup(key);
  if (n === undefined) return `\n\nIn ${where}: **no records** at this name.`;
  const parts = [...n.v4.map((a) => `A ${a}`), ...n.v6.map((a) => `AAAA ${a}`)];
  if (n.cname) parts.push('an alias (CNAME)');
  if (n.ptrs.length > 0) parts.push(...n.ptrs.map((t) => `PTR ${t}`));
  return `\n\nIn ${where}: ${parts.length > 0 ? parts.join('; ') : 'records, no address'}.`;
}

/** For an address: its PTR in the workspace's reverse zone that covers it, if there is one. */
function reverseNote(input: HoverInput, written: string): string {
  if (input.otherZones === undefined) return '';
  const name = reverseName(written);
  if (name === undefined) return '';
  const zone = input.model.inZone(name) ? undefined : input.otherZones.zoneFor(name);
  if (zone === undefined || !zone.apex.endsWith('.arpa.') || zone.elsewhere(name)) return '';
  const n = zone.lookup(name);
  const where = `\`${zone.apex}\` (${relativeFile(input.file, zone.file)})`;
  if (n?.ptrs.length) return `\n\nReverse DNS in ${where}: PTR ${n.ptrs.map((t) => `\`${t}\``).join(', ')}.`;
  return `\n\nReverse DNS in ${where}: **no PTR** for this address.`;
}

/** A short text of a record's rdata for lists (the names absolute). */
function summaryOf(r: ZoneRecord): string {
  const rd = r.rdata as Record<string, unknown> | undefined;
  if (!rd) return '(unreadable rdata)';
  if (rd.generic) return `(RFC 3597 generic form, ${rd.length} octets)`;
  const name = (v: unknown) => (v as NameRef | undefined)?.name ?? '?';
  switch (r.type) {
    case 'A': case 'AAAA': return String(rd.address);
    case 'CNAME': case 'NS': case 'PTR': case 'DNAME': return name(rd.target);
    case 'MX': return `${rd.preference} ${name(rd.exchange)}`;
    case 'SRV': return `${rd.priority} ${rd.weight} ${rd.port} ${name(rd.target)}`;
    case 'SOA': return `${name(rd.mname)} serial ${rd.serial}`;
    case 'TXT': case 'SPF': {
      if (!Array.isArray(rd.strings)) return '';
      const s = (rd as TxtRdata).strings.join('');
      return `"${s.length > 60 ? s.slice(0, 57) + '…' : s}"`;
    }
    default: return '';
  }
}

/** The CNAME chain from a name: [name, target, …] up to the end, a loop or 16 steps; [] when no CNAME. */
export function cnameChain(model: ZoneModel, key: string): string[] {
  const first = model.first(key, 'CNAME');
  if (!first) return [];
  const out: string[] = [`\`${first.owner}\``];
  const seen = new Set([key]);
  let cur: ZoneRecord | undefined = first;
  for (let i = 0; cur && i < 16; i++) {
    const t = (cur.rdata as { target?: NameRef } | undefined)?.target;
    if (!t) break;
    if (seen.has(t.key)) { out.push(`\`${t.name}\` (**loop**)`); return out; }
    seen.add(t.key);
    cur = model.first(t.key, 'CNAME', t.hash);
    if (cur) { out.push(`\`${t.name}\``); continue; }
    if (!model.inZone(t.key)) out.push(`\`${t.name}\` (outside the zone)`);
    else if (model.hasAddress(t.key, t.hash)) out.push(`\`${t.name}\` (has an address)`);
    else if (model.exists(t.key, t.hash)) out.push(`\`${t.name}\` (no address)`);
    else out.push(`\`${t.name}\` (**no records**)`);
    return out;
  }
  return out;
}

// ------------------------------------------------------------------------------ fields

function numberOf(tok: RdToken, table?: NumberTable): number | undefined {
  if (/^[0-9]+$/.test(tok.text)) return Number(tok.text);
  if (table) {
    const up = tok.text.toUpperCase();
    for (const [k, v] of Object.entries(table)) if (v.name.toUpperCase() === up) return Number(k);
  }
  return undefined;
}

function tableDoc(tok: RdToken, table: NumberTable, what: string): string {
  const n = numberOf(tok, table);
  if (n === undefined) return `\`${tok.text}\` is not a known ${what}.`;
  const e = table[n];
  return e ? `${n} = **${e.name}**: ${e.doc}` : `${n}: unassigned ${what}.`;
}

function fieldDoc(input: HoverInput, at: Extract<Located, { kind: 'field' }>, offset: number): { text: string; range?: { start: number; end: number } } | undefined {
  const { record: r, token: tok, field } = at;
  if (!field) return { text: `Rdata token ${at.index + 1} of this ${r.type} record: more fields than the type takes.` };
  const total = RR_TYPE_DOCS[r.type]?.fields.length ?? 0;
  const head = `**${field.name}** — ${r.type} field${total > 0 && at.number !== undefined && field.name !== '\\#' ? ` ${at.number} of ${total}` : ''}\n\n${field.doc}`;
  const value = explain(input, at, field, offset);
  if (value === undefined) return { text: head };
  if (typeof value === 'string') return { text: value === '' ? head : `${head}\n\n${value}` };
  return { text: value.text, range: value.range };
}

function explain(input: HoverInput, at: Extract<Located, { kind: 'field' }>, field: FieldDoc, offset: number): string | { text: string; range: { start: number; end: number } } | undefined {
  const { record: r, token: tok } = at;
  const rd = r.rdata as Record<string, unknown> | undefined;
  const n = /^[0-9]+$/.test(tok.text) ? Number(tok.text) : undefined;
  switch (field.kind) {
    case 'name': case 'mbox': {
      const name = at.name?.name ?? parseName(tok.text, undefined).name;
      if (field.kind === 'mbox') return `E-mail address: **${mailbox(name)}**\n\n\`${name}\``;
      return nameDoc(input.model, name, tok.text) + elsewhereNote(input, name);
    }
    case 'ipv4': return ipv4Note(tok.text) + reverseNote(input, tok.text);
    case 'ipv6': return ipv6Note(tok.text) + reverseNote(input, tok.text);
    case 'mx-preference': return mxPreference(input.model, r, n);
    case 'srv-priority': case 'srv-weight': case 'port': case 'u8': case 'u16': case 'u32': case 'key-tag': case 'labels': case 'svc-priority':
      return n !== undefined && field.kind === 'svc-priority' ? (n === 0 ? '**0 = alias mode**: the owner is an alias of the target (like CNAME, allowed at the apex).' : `**Service mode**, priority ${n}.`) : '';
    case 'ttl': return n !== undefined ? seconds(n, tok) : '';
    case 'soa-serial': {
      const s = (rd as SoaRdata | undefined)?.serial ?? n;
      if (s === undefined) return '';
      const f = detectFormat(s);
      return `${s}: ${f === 'date' ? 'date format YYYYMMDDnn — ' : f === 'unixtime' ? 'Unix time format — ' : 'a counter'}${f === 'counter' ? '' : describeSerial(s)}`;
    }
    case 'soa-refresh': case 'soa-retry': case 'soa-expire': case 'soa-minimum': {
      const v = n ?? parseTtl(tok.text);
      return v === undefined ? '' : `${seconds(v, tok)}\n\n${soaTimerNote(field.kind, v, rd as SoaRdata | undefined)}`;
    }
    case 'dnssec-algorithm': return tableDoc(tok, DNSSEC_ALGORITHM_INFO, 'DNSSEC algorithm');
    case 'ds-digest': return tableDoc(tok, DS_DIGEST_INFO, 'digest type');
    case 'dnskey-flags': return n !== undefined ? dnskeyFlags(n) : '';
    case 'dnskey-protocol': return n === 3 ? '3 = DNSSEC, the only valid value.' : `${tok.text}: must be 3 for DNSSEC (RFC 4034 §2.1.2).`;
    case 'type-covered': case 'types': return RR_TYPE_DOCS[tok.text.toUpperCase()] ? typeDoc(tok.text.toUpperCase(), false) : '';
    case 'sig-time': return sigTime(tok.text);
    case 'sshfp-algorithm': return tableDoc(tok, SSHFP_ALGORITHM_INFO, 'SSHFP algorithm');
    case 'sshfp-type': return tableDoc(tok, SSHFP_TYPE_INFO, 'fingerprint type');
    case 'tlsa-usage': return tableDoc(tok, TLSA_USAGE_INFO, 'certificate usage');
    case 'tlsa-selector': return tableDoc(tok, TLSA_SELECTOR_INFO, 'selector');
    case 'tlsa-matching': return tableDoc(tok, TLSA_MATCHING_INFO, 'matching type');
    case 'cert-type': return tableDoc(tok, CERT_TYPE_INFO, 'certificate type');
    case 'nsec3-hash': return tableDoc(tok, NSEC3_HASH_INFO, 'NSEC3 hash algorithm');
    case 'nsec3-flags': return n === undefined ? '' : n & 1 ? `${n}: **Opt-Out** set.` : `${n}: Opt-Out not set.`;
    case 'nsec3-iterations': return n === undefined ? '' : n === 0 ? '0: as RFC 9276 recommends.' : `${n} extra iterations: RFC 9276 recommends 0; validators may treat high counts as insecure.`;
    case 'salt': return tok.text === '-' ? 'No salt, as RFC 9276 recommends.' : 'RFC 9276 recommends no salt (`-`).';
    case 'zonemd-scheme': return tableDoc(tok, ZONEMD_SCHEME_INFO, 'ZONEMD scheme');
    case 'zonemd-hash': return tableDoc(tok, ZONEMD_HASH_INFO, 'ZONEMD hash algorithm');
    case 'caa-flags': return n === undefined ? '' : n & 128 ? `${n}: **critical** — a CA that does not know the tag must not issue.` : `${n}: not critical.`;
    case 'caa-tag': {
      const d = CAA_TAG_INFO[tok.text.toLowerCase()];
      return d ? `\`${tok.text}\`: ${d}` : `\`${tok.text}\`: not a registered CAA property; CAs ignore it unless the critical flag is set.`;
    }
    case 'caa-value': {
      const tag = at.rdata[1]?.text.toLowerCase();
      if (tag === 'issue' || tag === 'issuewild' || tag === 'issuemail') {
        const v = tok.text.trim();
        return v === ';' || v === '' ? '**No CA** may issue (for this property).' : `CA \`${v.split(';')[0].trim()}\` may issue${v.includes(';') ? `, with parameters \`${v.slice(v.indexOf(';') + 1).trim()}\`` : ''}.`;
      }
      return '';
    }
    case 'svc-params': {
      const key = tok.text.split('=')[0].toLowerCase();
      const d = SVC_PARAM_INFO[key];
      return d ? `\`${key}\`: ${d}` : /^key[0-9]+$/.test(key) ? `\`${key}\`: a parameter by number.` : '';
    }
    case 'text': {
      const t = termAt(r, at.token, offset, (rd as TxtRdata | undefined)?.strings);
      return t ?? '';
    }
    default: return '';
  }
}

/** rname → e-mail address: the first unescaped dot is the @ (RFC 1035 §8). */
function mailbox(name: string): string {
  for (let i = 0; i < name.length; i++) {
    if (name[i] === '\\') { i++; continue; }
    if (name[i] === '.') return `${name.slice(0, i).replace(/\\\./g, '.')}@${name.slice(i + 1).replace(/\.$/, '')}`;
  }
  return name;
}

function ipv4Note(a: string): string {
  const p = a.split('.').map(Number);
  if (p.length !== 4 || p.some((x) => !(x >= 0 && x <= 255))) return '';
  const [x, y, z] = p;
  if (x === 10 || (x === 172 && y >= 16 && y <= 31) || (x === 192 && y === 168)) return 'A **private** address (RFC 1918): not reachable from the Internet.';
  if (x === 127) return 'A **loopback** address (RFC 1122).';
  if ((x === 192 && y === 0 && z === 2) || (x === 198 && y === 51 && z === 100) || (x === 203 && y === 0 && z === 113)) return 'A **documentation** address (RFC 5737).';
  if (x === 100 && y >= 64 && y <= 127) return 'A **shared** (carrier-grade NAT) address (RFC 6598).';
  if (x === 169 && y === 254) return 'A **link-local** address (RFC 3927).';
  if (x === 0) return 'Address 0.x.x.x: "this network" (RFC 1122), never a host.';
  if (x >= 224 && x <= 239) return 'A **multicast** address (RFC 5771).';
  return '';
}

function ipv6Note(a: string): string {
  const l = a.toLowerCase();
  if (l === '::1') return 'The **loopback** address (RFC 4291).';
  if (l.startsWith('2001:db8:') || l === '2001:db8::') return 'A **documentation** address (RFC 3849).';
  if (/^f[cd]/.test(l)) return 'A **unique local** address (RFC 4193): not routed on the Internet.';
  if (/^fe[89ab]/.test(l)) return 'A **link-local** address (RFC 4291).';
  if (l.startsWith('::ffff:')) return 'An **IPv4-mapped** address (RFC 4291).';
  return '';
}

function mxPreference(model: ZoneModel, r: ZoneRecord, n: number | undefined): string {
  if (n === undefined) return '';
  const all = model.get(r.key, 'MX', r.hash);
  const prefs = all.map((m) => (m.rdata as { preference?: number } | undefined)?.preference).filter((p): p is number => typeof p === 'number');
  const lines = ['Lower preferences are tried first; exchangers of equal preference are tried in random order (RFC 5321 §5.1).'];
  if (n === 0 && all.length === 1 && ((r.rdata as { exchange?: NameRef } | undefined)?.exchange?.name === '.')) return 'With exchange `.`: a **null MX** — the domain accepts no mail (RFC 7505).';
  if (prefs.length > 1) {
    const sorted = [...new Set(prefs)].sort((a, b) => a - b);
    const rank = sorted.indexOf(n);
    const same = prefs.filter((p) => p === n).length;
    lines.push('', `${n}: ${rank === 0 ? 'the **first** choice' : `choice ${rank + 1} of ${sorted.length}`} among the ${prefs.length} MX records of this name${same > 1 ? ` (shared with ${same - 1} other${same > 2 ? 's' : ''}: load spread at random)` : ''}.`);
  }
  return lines.join('\n');
}

/** The SOA timers against RFC 1912 §2.2's usual ranges, and the negative-caching minimum of RFC 2308. */
function soaTimerNote(kind: string, v: number, soa: SoaRdata | undefined): string {
  const range = (lo: number, hi: number, what: string) =>
    v < lo ? `Shorter than ${what} (RFC 1912 §2.2 suggests ${humanDuration(lo)} to ${humanDuration(hi)}).`
      : v > hi ? `Longer than ${what} (RFC 1912 §2.2 suggests ${humanDuration(lo)} to ${humanDuration(hi)}).`
      : `Within RFC 1912 §2.2's usual range (${humanDuration(lo)} to ${humanDuration(hi)}).`;
  switch (kind) {
    case 'soa-refresh':
      return `Secondaries ask for the serial every ${humanDuration(v)}. ${range(1200, 43200, 'usual')} With NOTIFY (RFC 1996) secondaries hear of changes at once, so longer values do no harm.`;
    case 'soa-retry': {
      const s = `After a failed refresh, secondaries retry every ${humanDuration(v)}. RFC 1912 §2.2: typically a fraction of the refresh interval.`;
      return soa && typeof soa.refresh === 'number' && v >= soa.refresh ? `${s} ⚠ Not shorter than refresh (${humanDuration(soa.refresh)}).` : s;
    }
    case 'soa-expire': {
      let s = `Secondaries stop answering for the zone ${humanDuration(v)} after they last reached the primary. ${range(1209600, 2419200, 'the suggested 2–4 weeks')}`;
      if (soa && typeof soa.refresh === 'number' && typeof soa.retry === 'number' && v <= soa.refresh + soa.retry) s += ' ⚠ Must be longer than refresh + retry.';
      return s;
    }
    default:
      return `Today this is the **negative-caching TTL** (RFC 2308 §4): resolvers cache "no such name / no such record" answers for the smaller of this and the SOA record's own TTL. RFC 2308 §5: one to three hours work well${v > 10800 ? ' — this is longer, so a newly added name can stay invisible for that long' : v < 300 ? ' — this is very short' : ''}. (RFC 1035 called it the minimum TTL; BIND uses it as the default TTL only when there is no $TTL.)`;
  }
}

function dnskeyFlags(n: number): string {
  const set = DNSKEY_FLAG_BITS.filter((b) => n & b.bit);
  const role = (n & 0x0100) === 0 ? 'not a zone key: it cannot sign the zone' : n & 1 ? 'a **key-signing key** (KSK): signs the DNSKEY set, the parent\'s DS points at it' : 'a **zone-signing key** (ZSK): signs the zone\'s data';
  const lines = [`${n}: ${role}.`];
  for (const b of set) lines.push(`- ${b.name} (${b.bit}): ${b.doc}`);
  const unknown = n & ~DNSKEY_FLAG_BITS.reduce((a, b) => a | b.bit, 0);
  if (unknown) lines.push(`- other bits ${unknown}: reserved, must be 0 (RFC 4034 §2.1.1).`);
  return lines.join('\n');
}

function sigTime(t: string): string {
  const m = /^(\d{4})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})$/.exec(t);
  if (m) return `${m[1]}-${m[2]}-${m[3]} ${m[4]}:${m[5]}:${m[6]} UTC`;
  if (/^[0-9]{1,10}$/.test(t) && Number(t) <= 0xffffffff) return `${new Date(Number(t) * 1000).toISOString().replace('.000Z', 'Z')} (seconds since 1970)`;
  return '';
}

// ------------------------------------------------------------------------------ SPF, DMARC, DKIM

/** The term of an SPF / DMARC / DKIM record under the cursor inside one TXT string token. */
function termAt(r: ZoneRecord, tok: RdToken, offset: number, strings: string[] | undefined): { text: string; range: { start: number; end: number } } | undefined {
  if (!strings) return undefined;
  const body = tok.quoted ? tok.start + 1 : tok.start;
  const rel = offset - body;
  const raw = tok.text;
  if (rel < 0 || rel > raw.length) return undefined;
  const joined = strings.join('');
  const kind = isSpf(strings) ? 'spf' : /^\s*v\s*=\s*DMARC1/i.test(joined) ? 'dmarc' : /^\s*v\s*=\s*DKIM1/i.test(joined) || (r.key.includes('._domainkey.') && /(^|;)\s*p\s*=/.test(joined)) ? 'dkim' : undefined;
  if (!kind) return undefined;
  const sep = kind === 'spf' ? /\s/ : /;/;
  let s = rel, e = rel;
  while (s > 0 && !sep.test(raw[s - 1])) s--;
  while (e < raw.length && !sep.test(raw[e])) e++;
  const word = raw.slice(s, e).trim();
  if (word === '') return undefined;
  const lead = raw.slice(s, e).length - raw.slice(s, e).trimStart().length;
  const range = { start: body + s + lead, end: body + s + lead + word.length };
  if (kind === 'spf') {
    if (/^v=spf1$/i.test(word)) return { text: `**v=spf1** — ${SPF_TERMS['v=spf1']}`, range };
    const mod = /^([A-Za-z][A-Za-z0-9\-_.]*)=(.*)$/.exec(word);
    if (mod) {
      const d = SPF_TERMS[mod[1].toLowerCase()];
      return { text: `**${mod[1]}=** (SPF modifier) — ${d ?? 'an unknown modifier: receivers ignore it (RFC 7208 §6).'}${mod[2] ? `\n\nValue: \`${mod[2]}\`` : ''}`, range };
    }
    const m = /^([+\-~?]?)([A-Za-z][A-Za-z0-9]*)(.*)$/.exec(word);
    if (!m) return undefined;
    const d = SPF_TERMS[m[2].toLowerCase()];
    if (!d) return { text: `\`${word}\`: not an SPF mechanism (all, include, a, mx, ptr, ip4, ip6, exists).`, range };
    const q = m[1] || '+';
    return { text: `**${m[2].toLowerCase()}** (SPF mechanism) — ${d}\n\nQualifier \`${q}\`: ${SPF_QUALIFIERS[q]}${m[3].startsWith(':') ? `\n\nArgument: \`${m[3].slice(1)}\`` : ''}`, range };
  }
  const tm = /^([A-Za-z0-9]+)\s*=\s*(.*)$/.exec(word);
  if (!tm) return undefined;
  const tag = tm[1].toLowerCase();
  const table = kind === 'dmarc' ? DMARC_TAGS : DKIM_TAGS;
  const d = table[tag];
  return { text: `**${tag}=** (${kind === 'dmarc' ? 'DMARC' : 'DKIM'} tag) — ${d ?? 'not a registered tag: ignored by receivers.'}`, range };
}

// ------------------------------------------------------------------------------ directives

function directiveDoc(name: string, tokens: RdToken[], index: number, value: string | undefined): { text: string } {
  const d = DIRECTIVE_DOCS[name];
  const lines = [`**${name}** — ${d.doc}`, '', '```', d.syntax, '```', `*${d.rfc}*`];
  if (name === '$TTL' && tokens[1]) {
    const v = parseTtl(tokens[1].text);
    if (v !== undefined) lines.push('', `Default TTL: ${seconds(v, tokens[1])}.`);
  } else if (name === '$ORIGIN' && value) lines.push('', `Origin from here on: \`${value}\``);
  else if (name === '$INCLUDE' && value) lines.push('', `Reads \`${value}\``);
  void index;
  return { text: lines.join('\n') };
}

