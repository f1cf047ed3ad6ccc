/**
 * Quick fixes of the sendmail checks, by code, from diagnostic.data and the file's text (offsets in,
 * offsets out; the server turns them into LSP edits). Called by core/fixes.ts for sendmail codes.
 * Each is tested by applying it and analysing again (test/unit/sendmail-fixes.test.ts).
 */
import type { QuickFix } from '../fixes';
import { errorRhsCorrections } from './forms';

interface DiagnosticLike { code: string; start: number; end: number; data?: unknown }

/** The whole line (with its line end) around `offset`. */
function lineAround(text: string, offset: number): { start: number; end: number } {
  const start = text.lastIndexOf('\n', offset - 1) + 1;
  const nl = text.indexOf('\n', offset);
  return { start, end: nl < 0 ? text.length : nl + 1 };
}

const eolOf = (text: string): string => (text.indexOf('\r\n') >= 0 ? '\r\n' : '\n');

export function sendmailQuickFixes(d: DiagnosticLike, text: string): QuickFix[] {
  const data = (d.data ?? {}) as Record<string, unknown>;
  switch (d.code) {
    case 'map-duplicate-key':
    case 'alias-duplicate': {
      // Delete this later line (a single line: an alias with continuation lines is left alone).
      const l = lineAround(text, d.start);
      const next = text.slice(l.end, l.end + 1);
      if (d.code === 'alias-duplicate' && (next === ' ' || next === '\t')) return [];
      return [{ title: `Delete this duplicate (line ${(data.firstLine as number ?? -1) + 1} keeps the ${d.code === 'alias-duplicate' ? 'alias' : 'key'})`, edits: [{ start: l.start, end: l.end, newText: '' }] }];
    }
    case 'alias-missing-required': {
      const { name, target } = data as { name?: string; target?: string };
      if (typeof name !== 'string' || typeof target !== 'string') return [];
      const eol = eolOf(text);
      const sep = text === '' || text.endsWith('\n') ? '' : eol;
      return [{ title: `Add the alias ${name}: ${target}`, edits: [{ start: text.length, end: text.length, newText: `${sep}${name}: ${target}${eol}` }], preferred: true }];
    }
    case 'virtuser-catch-all-rejects-postmaster': {
      const domain = data.domain;
      if (typeof domain !== 'string') return [];
      const l = lineAround(text, d.start);
      return [{ title: `Add postmaster@${domain} before the catch-all`, edits: [{ start: l.start, end: l.start, newText: `postmaster@${domain}\tpostmaster${eolOf(text)}` }], preferred: true }];
    }
    case 'backup-mx-in-class-w': {
      // Remove the domain from local-host-names: its line, when the domain is the line's only word.
      const l = lineAround(text, d.start);
      if (text.slice(l.start, l.end).trim() !== text.slice(d.start, d.end)) return [];
      return [{ title: `Remove ${text.slice(d.start, d.end)} from class w (this host is only a backup MX)`, edits: [{ start: l.start, end: l.end, newText: '' }], preferred: true }];
    }
    case 'mc-missing-dnl': {
      const at = data.insertAt;
      if (typeof at !== 'number') return [];
      return [{ title: 'Append dnl', edits: [{ start: at, end: at, newText: 'dnl' }], preferred: true }];
    }
    case 'mc-deprecated-feature':
    case 'mc-unknown-feature':
    case 'mc-unknown-define': {
      const r = data.replacement;
      if (typeof r !== 'string') return [];
      const written = text.slice(d.start, d.end);
      const quoted = written.startsWith('`') && written.endsWith("'");
      return [{ title: `Use ${r}`, edits: [{ start: d.start, end: d.end, newText: quoted ? `\`${r}'` : r }], preferred: true }];
    }
    case 'map-error-rhs': {
      // Rewrite the error: value (virtusertable, mailertable) to a well-formed one; the first is preferred.
      const value = text.slice(d.start, d.end);
      if (!/^error:/i.test(value)) return [];
      return errorRhsCorrections(value.slice(6)).map((c, i) => ({ title: c.title, edits: [{ start: d.start + 6, end: d.end, newText: c.rest }], preferred: i === 0 }));
    }
    case 'access-error-no-dsn': {
      const code = data.code;
      if (typeof code !== 'string') return [];
      // ERROR:450 text → ERROR:4.2.2:450 text (mailbox full), or 4.7.1 (policy): the two cf/README cases.
      const at = d.start + 'ERROR:'.length;
      const quote = text[at] === '"' ? 1 : 0;
      return [
        { title: 'Add the status code 4.7.1 (delivery not authorized, temporary)', edits: [{ start: at, end: at + quote, newText: `4.7.1:${quote ? '"' : ''}` }] },
        { title: 'Add the status code 4.2.2 (mailbox full)', edits: [{ start: at, end: at + quote, newText: `4.2.2:${quote ? '"' : ''}` }] },
      ];
    }
    default:
      return [];
  }
}
