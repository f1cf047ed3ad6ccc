import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Lexer, type Entry } from '../../server/src/core/lexer';
import type { RdToken } from '../../server/src/core/rdata/api';

type Copied = Omit<Entry, 'tokens'> & { tokens: RdToken[] };

function lex(text: string): { entries: Copied[]; errors: string[] } {
  const errors: string[] = [];
  const lexer = new Lexer(text, (code, message, start, end) => errors.push(`${code}@${start}-${end}: ${message}`));
  const entries: Copied[] = [];
  // Entries are reused by the lexer: keep a copy of each.
  for (let e = lexer.next(); e; e = lexer.next()) entries.push({ ...e, tokens: e.tokens.map((t) => t.plain()) });
  return { entries, errors };
}

test('entries and tokens are reused: an entry is valid until the next call', () => {
  const lexer = new Lexer('a A 1.2.3.4\nb A 1.2.3.5\n', () => {});
  const first = lexer.next()!;
  assert.equal(first.tokens[0].text, 'a');
  const second = lexer.next()!;
  assert.equal(second.tokens[0].text, 'b');
  assert.equal(first.tokens[0].text, 'b', 'the first entry now shows the second (documented reuse)');
  assert.equal(lexer.next(), undefined);
});

const texts = (e: Copied) => e.tokens.map((t) => (t.quoted ? `"${t.text}"` : t.text));

test('one entry per line; blank owner detected; comments dropped', () => {
  const { entries, errors } = lex('a IN A 1.2.3.4 ; c\n  IN MX 10 b\n\n; only a comment\n\tTXT x\n');
  assert.deepEqual(errors, []);
  assert.deepEqual(entries.map(texts), [['a', 'IN', 'A', '1.2.3.4'], ['IN', 'MX', '10', 'b'], ['TXT', 'x']]);
  assert.deepEqual(entries.map((e) => e.blankOwner), [false, true, true]);
});

test('parentheses join lines, comments inside them are fine', () => {
  const { entries, errors } = lex('@ SOA ns h (\n 1 ; serial\n 2 3\n 4 5 )\nnext A 1.2.3.4\n');
  assert.deepEqual(errors, []);
  assert.deepEqual(entries.map(texts), [['@', 'SOA', 'ns', 'h', '1', '2', '3', '4', '5'], ['next', 'A', '1.2.3.4']]);
});

test('quoted strings are one token, with offsets including the quotes', () => {
  const text = 'x TXT "a b;c" "say \\"hi\\""\n';
  const { entries } = lex(text);
  const toks = entries[0].tokens;
  assert.deepEqual(texts(entries[0]), ['x', 'TXT', '"a b;c"', '"say \\"hi\\""']);
  assert.equal(text.slice(toks[2].start, toks[2].end), '"a b;c"');
});

test('escaped spaces and semicolons stay in the word', () => {
  const { entries } = lex('a\\ b\\;c TXT x\n');
  assert.deepEqual(texts(entries[0]), ['a\\ b\\;c', 'TXT', 'x']);
});

test('CRLF and lone CR line ends', () => {
  const { entries } = lex('a A 1.2.3.4\r\n b A 1.2.3.5\r\nc A 1.2.3.6\rd A 1.2.3.7');
  assert.deepEqual(entries.map((e) => e.tokens[0].text), ['a', 'b', 'c', 'd']);
  assert.equal(entries[1].blankOwner, true);
});

test('errors: unbalanced ) , unclosed ( , unterminated string — and recovery', () => {
  const r1 = lex('a A 1.2.3.4 )\nb A 1.2.3.5\n');
  assert.equal(r1.errors.length, 1);
  assert.match(r1.errors[0], /^syntax-error@12-13/);
  assert.equal(r1.entries.length, 2);
  const r2 = lex('a SOA x y ( 1 2\n 3\n$TTL 5\nb A 1.2.3.4\n');
  assert.equal(r2.errors.length, 1);
  assert.match(r2.errors[0], /unclosed '\('/);
  assert.deepEqual(r2.entries.map((e) => e.tokens[0].text), ['a', '$TTL', 'b']);
  const r3 = lex('a TXT "abc\nb A 1.2.3.4\n');
  assert.match(r3.errors[0], /unterminated quoted string/);
  assert.deepEqual(r3.entries.map((e) => e.tokens[0].text), ['a', 'b']);
  const r4 = lex('a SOA ( 1 2');
  assert.match(r4.errors[0], /never close/);
});

test('never throws on arbitrary input', () => {
  let seed = 42;
  const rnd = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
  const alphabet = 'ab1 \t\n\r;()"\\$.@';
  for (let k = 0; k < 300; k++) {
    let s = '';
    const n = Math.floor(rnd() * 80);
    for (let i = 0; i < n; i++) s += alphabet[Math.floor(rnd() * alphabet.length)];
    const { entries } = lex(s);
    for (const e of entries) for (const t of e.tokens) assert.ok(t.start >= 0 && t.end <= s.length && t.start <= t.end, JSON.stringify(s));
  }
});

test('quoted strings and comments found by search: escapes, line breaks and later quotes decide as the character loop does', () => {
  // An escaped quote before the closing one: the string goes on to the real close.
  let r = lex('a TXT "say \\"hi\\"" x\n');
  assert.deepEqual(texts(r.entries[0]), ['a', 'TXT', '"say \\"hi\\""', 'x']);
  // A quote further down the file must not close a string cut by a line break (CR, LF, CRLF).
  for (const nl of ['\n', '\r', '\r\n']) {
    r = lex(`a TXT "open${nl}b TXT "ok"${nl}`);
    assert.deepEqual(r.entries.map(texts), [['a', 'TXT', '"open"'], ['b', 'TXT', '"ok"']], JSON.stringify(nl));
    assert.equal(r.errors.length, 1);
    assert.match(r.errors[0], /^syntax-error@6-11: unterminated/);
  }
  // An escaped line break continues the string onto the next line (BIND's reading), as before.
  r = lex('a TXT "x\\\ny" z\n');
  assert.deepEqual(texts(r.entries[0]), ['a', 'TXT', '"x\\\ny"', 'z']);
  // The searches start over after each line: a backslash or CR found early is not reused wrongly.
  r = lex('a TXT "p\\q" ; c\\d\rb TXT "r" ; e\nc TXT "s"');
  assert.deepEqual(r.entries.map(texts), [['a', 'TXT', '"p\\q"'], ['b', 'TXT', '"r"'], ['c', 'TXT', '"s"']]);
  assert.deepEqual(r.errors, []);
  // A comment at the end of the file, with no line break after it; a backslash as the last character.
  r = lex('a A 1.2.3.4 ; last');
  assert.deepEqual(r.entries.map(texts), [['a', 'A', '1.2.3.4']]);
  r = lex('a TXT "b\\');
  assert.equal(r.entries.length, 1);
  assert.equal(r.errors.length, 1);
  // Non-ASCII characters are word characters.
  assert.deepEqual(texts(lex('é.example. A 1.2.3.4\n').entries[0]), ['é.example.', 'A', '1.2.3.4']);
});
