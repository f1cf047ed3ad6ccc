/**
 * BIND's `$GENERATE range lhs [ttl] [class] type rhs` (BIND 9 ARM, "BIND Primary File Extension").
 *
 * `range` is `start-stop[/step]`. In `lhs` and `rhs`, `$` is replaced by the iterator and
 * `${offset[,width[,base]]}` by the iterator plus offset, zero-padded to width, in base d, o, x, X,
 * n or N (nibble, reversed and dot-separated as for ip6.arpa). `\$` is a literal dollar sign.
 * Expanded entries keep the offsets of the tokens they came from.
 */
import { Token, type Entry } from './lexer';
import type { RdToken } from './rdata/api';
import type { Severity } from './types';

export interface GenerateError { code: string; severity: Severity; message: string; start: number; end: number }

export interface GenerateResult { entries: Entry[]; errors: GenerateError[] }

export function expandGenerate(tokens: RdToken[], budget: number): GenerateResult {
  const errors: GenerateError[] = [];
  const entries: Entry[] = [];
  const fail = (message: string, tok: RdToken) => {
    errors.push({ code: 'invalid-generate', severity: 'error', message, start: tok.start, end: tok.end });
    return { entries, errors };
  };
  if (tokens.length < 4) {
    const last = tokens[tokens.length - 1];
    return fail('$GENERATE needs a range, an owner template, a type and an rdata template', last);
  }
  const rangeTok = tokens[1];
  const m = /^(\d+)-(\d+)(?:\/(\d+))?$/.exec(rangeTok.text);
  if (!m) return fail(`bad $GENERATE range '${rangeTok.text}' (expected start-stop or start-stop/step)`, rangeTok);
  const start = Number(m[1]), stop = Number(m[2]), step = m[3] === undefined ? 1 : Number(m[3]);
  if (start > 2147483647 || stop > 2147483647) return fail(`$GENERATE range '${rangeTok.text}' is out of range (at most 2147483647)`, rangeTok);
  if (stop < start) return fail(`$GENERATE range '${rangeTok.text}': stop is below start`, rangeTok);
  if (step < 1) return fail(`$GENERATE range '${rangeTok.text}': step must be at least 1`, rangeTok);
  const lhs = tokens[2];
  const rest = tokens.slice(3);
  // Validate templates once.
  for (const tok of [lhs, ...rest]) {
    const problem = checkTemplate(tok.text, stop);
    if (problem) return fail(`bad $GENERATE template '${tok.text}': ${problem}`, tok);
  }
  const count = Math.floor((stop - start) / step) + 1;
  if (count > budget) {
    errors.push({
      code: 'generate-too-large', severity: 'warning',
      message: `$GENERATE range makes ${count} records; only the first ${Math.max(0, budget)} are checked`,
      start: rangeTok.start, end: rangeTok.end,
    });
  }
  const n = Math.min(count, Math.max(0, budget));
  for (let k = 0; k < n; k++) {
    const v = start + k * step;
    const out: Token[] = [Token.of(substitute(lhs.text, v), lhs.start, lhs.end, lhs.quoted)];
    for (const tok of rest) out.push(Token.of(substitute(tok.text, v), tok.start, tok.end, tok.quoted));
    entries.push({ tokens: out, blankOwner: false, start: lhs.start, end: tokens[tokens.length - 1].end });
  }
  return { entries, errors };
}

const MOD = /^\{([+-]?\d+)(?:,(\d+)(?:,([doxXnN]))?)?\}/;

function checkTemplate(t: string, last: number): string | undefined {
  for (let i = 0; i < t.length; i++) {
    const c = t[i];
    if (c === '\\') { i++; continue; }
    if (c === '$' && t[i + 1] === '{') {
      const m = MOD.exec(t.slice(i + 1));
      if (!m) return "a '${' modifier must be ${offset[,width[,base]]} with base one of d o x X n N";
      if (Number(m[2] ?? 0) > 255) return 'width above 255';
      // BIND rejects an offset that takes the value above 2^31-1 ("out of range"); below 0 is allowed.
      const off = Number(m[1]);
      if (last + off > 2147483647) return `offset ${m[1]} takes the value above 2147483647`;
      i += m[0].length;
    }
  }
  return undefined;
}

export function substitute(t: string, v: number): string {
  if (t.indexOf('$') < 0) return t;
  let out = '';
  for (let i = 0; i < t.length; i++) {
    const c = t[i];
    if (c === '\\' && t[i + 1] === '$') { out += '$'; i++; continue; }
    if (c === '\\') { out += c + (t[i + 1] ?? ''); i++; continue; }
    if (c !== '$') { out += c; continue; }
    if (t[i + 1] === '{') {
      const m = MOD.exec(t.slice(i + 1));
      if (m) {
        out += format(v + Number(m[1]), Number(m[2] ?? 0), m[3] ?? 'd');
        i += m[0].length;
        continue;
      }
    }
    out += String(v);
  }
  return out;
}

function format(v: number, width: number, base: string): string {
  // As BIND (printf): o, x, X and nibbles print the value as an unsigned 32-bit number (a negative
  // offset wraps: -3 is fffffffd); d keeps the sign inside the width (-003).
  const u = v >>> 0;
  switch (base) {
    case 'o': return u.toString(8).padStart(width, '0');
    case 'x': return u.toString(16).padStart(width, '0');
    case 'X': return u.toString(16).toUpperCase().padStart(width, '0');
    case 'n':
    case 'N': {
      // Nibble format: width counts output characters (nibbles and dots), as in BIND.
      const nibbles = Math.max(1, Math.ceil((width + 1) / 2));
      let hex = u.toString(16).padStart(nibbles, '0');
      if (base === 'N') hex = hex.toUpperCase();
      return hex.split('').reverse().join('.');
    }
    default: return v < 0 ? '-' + String(-v).padStart(width - 1, '0') : String(v).padStart(width, '0');
  }
}
