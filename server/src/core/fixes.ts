/**
 * Quick fixes for the zone checks, chosen by diagnostic code and computed from `diagnostic.data`
 * and the file's text. Each fix edits only what it must — comments and layout stay — and is
 * tested by applying it and parsing again (test/unit/fixes.test.ts). Offsets in, offsets out;
 * the server turns them into LSP edits. (The serial bump lives in bump.ts.)
 */

import { sendmailQuickFixes } from './sendmail/fixes';

export interface TextEdit { start: number; end: number; newText: string }
export interface QuickFix { title: string; edits: TextEdit[]; preferred?: boolean }

interface DiagnosticLike { code: string; start: number; end: number; data?: unknown }

export function quickFixes(d: DiagnosticLike, text: string): QuickFix[] {
  const data = (d.data ?? {}) as Record<string, unknown>;
  switch (d.code) {
    case 'missing-trailing-dot': {
      const name = data.name;
      if (typeof name !== 'string' || text.charCodeAt(d.end - 1) === 46) return [];
      return [{ title: `Add the final dot: ${name}`, edits: [{ start: d.end, end: d.end, newText: '.' }], preferred: true }];
    }
    case 'mx-target-is-cname':
    case 'ns-target-is-cname':
    case 'srv-target-is-cname': {
      const canonical = data.canonical;
      if (typeof canonical !== 'string') return [];
      return [{ title: `Point at the canonical name ${canonical}`, edits: [{ start: d.start, end: d.end, newText: canonical }], preferred: true }];
    }
    case 'cname-target-missing':
    case 'target-has-no-address': {
      // A typo in the target's first label: replace that label as written (the rest of the name,
      // relative or absolute, stays).
      const suggestion = data.suggestion;
      const written = text.slice(d.start, d.end);
      if (typeof suggestion !== 'string' || written.includes('\\') || written.startsWith('@')) return [];
      const dot = written.indexOf('.');
      const labelEnd = d.start + (dot < 0 ? written.length : dot);
      const newLabel = suggestion.slice(0, suggestion.indexOf('.'));
      if (newLabel === '') return [];
      return [{ title: `Change the target to ${suggestion}`, edits: [{ start: d.start, end: labelEnd, newText: newLabel }], preferred: true }];
    }
    case 'ptr-mismatch': {
      // Point the PTR at the one host of the forward zone that has the address (absolute, as PTR targets are written).
      const name = data.name;
      if (typeof name !== 'string') return [];
      // Not preferred: which of the two records is wrong (the PTR, or the host's address) is a guess.
      return [{ title: `Point the PTR at ${name}`, edits: [{ start: d.start, end: d.end, newText: name }] }];
    }
    case 'duplicate-record': {
      const edit = deleteRecordLines(text, data);
      return edit ? [{ title: 'Delete the duplicate record', edits: [edit], preferred: true }] : [];
    }
    case 'ds-at-apex': {
      const edit = deleteRecordLines(text, data);
      return edit ? [{ title: 'Delete the DS record (it belongs in the parent zone)', edits: [edit], preferred: true }] : [];
    }
    case 'rrset-ttl-mismatch': {
      const { ttl, ownerEnd, typeStart, fixable } = data as { ttl?: number; ownerEnd?: number; typeStart?: number; fixable?: boolean };
      if (typeof ttl !== 'number' || typeof ownerEnd !== 'number' || typeof typeStart !== 'number' || !fixable) return [];
      const edit = ttlEdit(text, ownerEnd, typeStart, ttl);
      return edit ? [{ title: `Set the TTL to ${ttl}, as the rest of the RRset`, edits: [edit], preferred: true }] : [];
    }
    case 'mail-domain-without-mx': {
      const { name, recordStart, insertAfter } = data as { name?: string; recordStart?: number; insertAfter?: number };
      if (typeof name !== 'string' || typeof recordStart !== 'number' || typeof insertAfter !== 'number') return [];
      const at = endOfRecordLine(text, recordStart, insertAfter);
      if (at === undefined) return [];
      const eol = text.indexOf('\r\n') >= 0 ? '\r\n' : '\n';
      return [
        { title: `Add an MX record: ${name} MX 10 ${name}`, edits: [{ start: at, end: at, newText: `${eol}${name} MX 10 ${name}` }] },
        // A name that receives no mail says so with a null MX (RFC 7505): senders then bounce at once.
        { title: `Add a null MX (receives no mail): ${name} MX 0 .`, edits: [{ start: at, end: at, newText: `${eol}${name} MX 0 .` }] },
      ];
    }
    case 'txt-string-too-long': {
      const parts = splitCharString(text, d.start, d.end);
      if (!parts) return [];
      return [{ title: `Split into ${parts.length} strings of at most 255 octets`, edits: [{ start: d.start, end: d.end, newText: parts.map((p) => `"${p}"`).join(' ') }], preferred: true }];
    }
    default:
      return sendmailQuickFixes(d, text);
  }
}

/**
 * Where a line can be added after a record: the end (before the line break) of the line where the
 * record ends — after its closing parenthesis, when the rdata ends inside one. Re-lexes the record's
 * text from `start`: quotes, comments and parentheses.
 */
function endOfRecordLine(text: string, start: number, rdataEnd: number): number | undefined {
  let depth = 0;
  let i = start;
  for (; i < text.length; i++) {
    const c = text[i];
    if (i >= rdataEnd && depth === 0) break;
    if (c === '\\') { i++; continue; }
    if (c === '"') {
      let q = i + 1;
      while (q < text.length && text[q] !== '"') q += text[q] === '\\' ? 2 : 1;
      if (q >= text.length) return undefined;
      i = q;
      continue;
    }
    if (c === ';') { const nl = text.indexOf('\n', i); if (nl < 0) return undefined; i = nl - 1; continue; }
    if (c === '(') depth++;
    else if (c === ')') depth--;
  }
  if (depth !== 0) return undefined;
  const nl = text.indexOf('\n', i);
  if (nl < 0) return text.length;
  return text.charCodeAt(nl - 1) === 13 ? nl - 1 : nl;
}

/**
 * The edit that makes a record's TTL `ttl`: re-lexes the text between the owner and the type (TTL
 * and class, in either order), replaces the TTL token or inserts one before the first token there.
 * Undefined when that stretch is not plain tokens on one line (parentheses, comments, quotes).
 */
function ttlEdit(text: string, ownerEnd: number, typeStart: number, ttl: number): TextEdit | undefined {
  const between = text.slice(ownerEnd, typeStart);
  if (/[()";\r\n]/.test(between)) return undefined;
  const tokens = /\S+/g;
  let first: number | undefined;
  for (let m = tokens.exec(between); m; m = tokens.exec(between)) {
    const start = ownerEnd + m.index;
    first ??= start;
    // A TTL starts with a digit (BIND units: 1h30m); a class never does (CLASS1 starts with a letter).
    if (/^[0-9]/.test(m[0])) return { start, end: start + m[0].length, newText: String(ttl) };
  }
  const at = first ?? typeStart;
  return { start: at, end: at, newText: `${ttl} ` };
}

/**
 * The written character-string at start..end (quoted or not) cut into pieces of at most 255
 * octets, escapes kept as written and never cut (`\DDD` and `\X` count one octet, other
 * characters their UTF-8 octets). Undefined when the token is not one readable string.
 */
export function splitCharString(text: string, start: number, end: number): string[] | undefined {
  let s = text.slice(start, end);
  if (s.length >= 2 && s.charCodeAt(0) === 34 && s.charCodeAt(s.length - 1) === 34) s = s.slice(1, -1);
  else if (s.indexOf('"') >= 0) return undefined;
  if (/[\r\n]/.test(s)) return undefined; // a string across lines: leave it to the user
  const parts: string[] = [];
  let from = 0, octets = 0;
  for (let i = 0; i < s.length;) {
    let len: number, size: number;
    const c = s.charCodeAt(i);
    if (c === 92) {
      if (i + 1 >= s.length) return undefined;
      len = /[0-9]/.test(s[i + 1]) ? 4 : 2;
      size = 1;
    } else if (c >= 0xd800 && c <= 0xdbff) { len = 2; size = 4; }
    else { len = 1; size = c < 0x80 ? 1 : c < 0x800 ? 2 : 3; }
    if (octets + size > 255) { parts.push(s.slice(from, i)); from = i; octets = 0; }
    octets += size;
    i += len;
  }
  parts.push(s.slice(from));
  return parts;
}

/**
 * The edit that deletes a record's whole lines, from `data` { recordStart, recordEnd, ownerWritten }
 * (recordStart: the owner, or the type for an inherited owner); undefined when other text shares
 * those lines, or when the next entry would then inherit a different owner.
 */
function deleteRecordLines(text: string, data: Record<string, unknown>): TextEdit | undefined {
  const { recordStart, recordEnd, ownerWritten } = data as { recordStart?: number; recordEnd?: number; ownerWritten?: boolean };
  if (typeof recordStart !== 'number' || typeof recordEnd !== 'number') return undefined;
  const lineStart = text.lastIndexOf('\n', recordStart - 1) + 1;
  // Only whole lines: nothing but white space before the record on its first line.
  if (text.slice(lineStart, recordStart).trim() !== '' && ownerWritten) return undefined;
  let lineEnd = text.indexOf('\n', recordEnd);
  lineEnd = lineEnd < 0 ? text.length : lineEnd + 1;
  // Only closing parentheses and a comment may follow the record on its last line.
  if (!/^[\s)]*(;[^\n]*)?\s*$/.test(text.slice(recordEnd, lineEnd))) return undefined;
  // A record with its own owner name: the next entry must not inherit that owner (a line that
  // starts with white space would then inherit an older owner).
  if (ownerWritten) {
    const rest = text.slice(lineEnd);
    const m = /^(?:[ \t]*(?:;[^\r\n]*)?\r?\n)*([ \t]?)/.exec(rest);
    if (m && m[1] !== '' && rest.length > (m[0].length)) return undefined;
  }
  return { start: lineStart, end: lineEnd, newText: '' };
}
