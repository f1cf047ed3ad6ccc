/**
 * Names as places: go to definition (a name → the records it owns), find references (every owner
 * and rdata name with the same key), document highlights, rename of an owner name that rewrites
 * every reference in the form it was written in (relative, absolute, `@`), and workspace symbols.
 *
 * Works on one or more parse results: the document's own (its $INCLUDEd files included — their
 * records carry their file) and, for definition and workspace symbols, other zone files' parses
 * that the caller provides. Offsets only; generated ($GENERATE) records are left out.
 */
import type { ParseResult, ZoneRecord } from '../parser';
import { parentName, parseName, relativize } from '../names';
import { locate, namesOf } from './locate';

export interface Place {
  file: string;
  start: number;
  end: number;
}

export interface Occurrence extends Place {
  key: string;
  /** The absolute name. */
  name: string;
  /** The text as written (`www`, `www.example.com.`, `@`). */
  written: string;
  role: 'owner' | 'target';
  record: ZoneRecord;
}

/** The name under the cursor: an explicit owner or a name in rdata. */
export function nameAt(parse: ParseResult, file: string, text: string, offset: number): Occurrence | undefined {
  const at = locate(parse, file, text, offset);
  if (!at) return undefined;
  if (at.kind === 'owner') {
    return { file, start: at.token.start, end: at.token.end, key: at.record.key, name: at.record.owner, written: at.token.text, role: 'owner', record: at.record };
  }
  if (at.kind === 'field' && at.name) {
    return { file, start: at.name.start, end: at.name.end, key: at.name.key, name: at.name.name, written: at.token.text, role: 'target', record: at.record };
  }
  return undefined;
}

/** Every name occurrence of a parse with the given key (owners written out, and rdata names), in file order. */
export function occurrences(parse: ParseResult, key: string, textOf: (file: string) => string | undefined): Occurrence[] {
  const out: Occurrence[] = [];
  for (const r of parse.records) {
    if (r.generated) continue;
    if (r.key === key && r.ownerEnd > r.ownerStart) {
      const t = textOf(r.file);
      out.push({ file: r.file, start: r.ownerStart, end: r.ownerEnd, key, name: r.owner, written: t?.slice(r.ownerStart, r.ownerEnd) ?? r.owner, role: 'owner', record: r });
    }
    if (r.rdata === undefined) continue;
    for (const n of namesOf(r.rdata)) {
      if (n.key !== key) continue;
      const t = textOf(r.file);
      out.push({ file: r.file, start: n.start, end: n.end, key, name: n.name, written: t?.slice(n.start, n.end) ?? n.name, role: 'target', record: r });
    }
  }
  return out;
}

/** Where the records of a name are: each record's owner token (or, for an inherited owner, its first token). */
export function definitions(parses: readonly ParseResult[], key: string): Place[] {
  const out: Place[] = [];
  const seen = new Set<string>();
  for (const p of parses) {
    for (const r of p.records) {
      if (r.key !== key || r.generated) continue;
      const place = r.ownerEnd > r.ownerStart ? { file: r.file, start: r.ownerStart, end: r.ownerEnd } : { file: r.file, start: r.typeStart, end: r.typeEnd };
      const id = `${place.file}\u0000${place.start}`;
      if (seen.has(id)) continue;
      seen.add(id);
      out.push(place);
    }
  }
  return out;
}

/**
 * Definition at the cursor: the records of the name under it, in this parse first (its includes
 * too); when this zone has none, in the other parses given (other zone files of the workspace);
 * when none has it, the wildcard records that answer for it in this zone.
 */
export function definitionAt(parse: ParseResult, file: string, text: string, offset: number, others: readonly ParseResult[] = []): Place[] {
  const n = nameAt(parse, file, text, offset);
  if (!n) return [];
  const own = definitions([parse], n.key);
  if (own.length > 0) return own;
  const elsewhere = definitions(others, n.key);
  if (elsewhere.length > 0) return elsewhere;
  // No records at the name: the wildcard that answers for it (RFC 4592 §3.3.1): the closest
  // encloser is the nearest ancestor that exists (with records, or with names below it); only its
  // own `*` child can match.
  const keys = new Set<string>();
  for (const r of parse.records) keys.add(r.key);
  for (const k of keys) if (k.endsWith('.' + n.key)) return []; // names below it: it exists (empty), no wildcard
  for (let p = parentName(n.key); p !== undefined; p = parentName(p)) {
    const star = p === '.' ? '*.' : `*.${p}`;
    const exists = keys.has(p) || keys.has(star) || [...keys].some((k) => k !== n.key && k.endsWith('.' + p) && !n.key.endsWith('.' + k) && k !== star);
    if (!exists) continue;
    return keys.has(star) ? definitions([parse], star) : [];
  }
  return [];
}

/** References at the cursor: every owner and rdata occurrence of the name (optionally without owners). */
export function referencesAt(parse: ParseResult, file: string, text: string, offset: number, textOf: (file: string) => string | undefined, includeDeclaration = true): Occurrence[] {
  const n = nameAt(parse, file, text, offset);
  if (!n) return [];
  const all = occurrences(parse, n.key, textOf);
  return includeDeclaration ? all : all.filter((o) => o.role !== 'owner');
}

export interface Edit extends Place { newText: string }

export type RenameResult = { edits: Edit[] } | { error: string };

/** The range to rename and its current text, or an error saying why this cannot be renamed. */
export function prepareRename(parse: ParseResult, file: string, text: string, offset: number): { start: number; end: number; placeholder: string } | { error: string } {
  const n = nameAt(parse, file, text, offset);
  if (!n) return { error: 'Only owner names and names in rdata can be renamed.' };
  if (n.name === '.') return { error: 'The root name cannot be renamed.' };
  return { start: n.start, end: n.end, placeholder: n.written };
}

/** The origin a written name was completed with (undefined for a name written absolute). */
function originOf(written: string, name: string): string | undefined {
  if (written === '@') return name;
  if (written.endsWith('.') && !written.endsWith('\\.')) return undefined;
  const o = name.slice(written.length + 1);
  return o === '' ? '.' : o;
}

/** How to write `target` where `written` (absolute `name`) stood, keeping the form it had. */
function rewrite(written: string, name: string, target: string): string {
  const origin = originOf(written, name);
  if (origin === undefined) return target;
  const rel = relativize(target, origin);
  return rel;
}

/**
 * Rename the name at the cursor to `newName` (absolute with a trailing dot, or relative to the
 * origin the name under the cursor was written against; the apex when it was written absolute). Every occurrence — owners and rdata names, in the file and
 * its includes — is rewritten in its own form: a relative name stays relative to its own origin
 * when the new name lies below it, an absolute one stays absolute, `@` stays `@` when it still fits.
 */
export function renameAt(parse: ParseResult, file: string, text: string, offset: number, newName: string, textOf: (file: string) => string | undefined, apex: string): RenameResult {
  const n = nameAt(parse, file, text, offset);
  if (!n) return { error: 'Only owner names and names in rdata can be renamed.' };
  const raw = newName.trim();
  if (raw === '') return { error: 'The new name is empty.' };
  const origin = originOf(n.written, n.name);
  // A relative new name is relative to the origin the cursor's name was written against (the apex
  // when it was written absolute).
  const p = parseName(raw, origin ?? apex);
  if (p.error) return { error: `'${raw}' is not a valid name: ${p.error}` };
  if (/\s/.test(raw) || /[;()"]/.test(raw.replace(/\\./g, ''))) return { error: `'${raw}' cannot be written in a zone file without escapes.` };
  const target = p.name;
  // Renaming a name that owns records onto one that owns records too merges them (a CNAME beside
  // other data, two SOAs, RRsets that now mix): refuse, and say which records are there. (A name
  // only referenced, with no records of its own, may be pointed at an existing name.)
  if (p.key !== n.key) {
    let owns = false;
    const types = new Set<string>();
    for (const r of parse.records) {
      if (r.key === n.key) owns = true;
      else if (r.key === p.key) types.add(r.type);
    }
    if (owns && types.size > 0) {
      return { error: `${target} already has records (${[...types].join(', ')}): renaming ${n.name} to it would merge the two names' records. Choose a name that has none, or move the records by hand.` };
    }
  }
  const edits: Edit[] = [];
  for (const o of occurrences(parse, n.key, (f) => (f === file ? text : textOf(f)))) {
    const newText = rewrite(o.written, o.name, target);
    if (newText !== o.written) edits.push({ file: o.file, start: o.start, end: o.end, newText });
  }
  return { edits };
}

export interface NameSymbol {
  /** The owner name, absolute. */
  name: string;
  /** Its types, e.g. "A, MX". */
  detail: string;
  file: string;
  start: number;
  end: number;
}

/** Owner names of the given parses that contain `query` (case-insensitive; all for an empty query), at most `limit`. */
export function workspaceSymbols(parses: readonly ParseResult[], query: string, limit = 500): NameSymbol[] {
  const q = query.toLowerCase();
  const out: NameSymbol[] = [];
  for (const p of parses) {
    const byKey = new Map<string, NameSymbol & { types: Set<string> }>();
    for (const r of p.records) {
      if (r.generated) continue;
      let s = byKey.get(r.key);
      if (!s) {
        if (q !== '' && !r.key.includes(q)) continue;
        if (out.length + byKey.size >= limit) break;
        s = { name: r.owner, detail: '', file: r.file, start: r.ownerStart, end: r.ownerEnd > r.ownerStart ? r.ownerEnd : r.typeEnd, types: new Set() };
        byKey.set(r.key, s);
      }
      s.types.add(r.type);
    }
    for (const s of byKey.values()) out.push({ name: s.name, detail: [...s.types].join(', '), file: s.file, start: s.start, end: s.end });
    if (out.length >= limit) break;
  }
  return out.slice(0, limit);
}
