/** Definition, references, rename, workspace symbols (core/features/navigation.ts); `|` is the cursor. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { definitionAt, prepareRename, referencesAt, renameAt, workspaceSymbols, type Edit } from '../../server/src/core/features/navigation';
import { analyse, cursor } from './cursor';

const FILE = 'file:///zones/example.com.zone';
const ZONE = `$ORIGIN example.com.
$TTL 1h
@ IN SOA ns1 hostmaster 1 2 3 4 5
  IN NS ns1
  IN NS ns1.example.com.
  IN MX 10 mail
www IN CNAME mail
mail IN A 192.0.2.25
     IN AAAA 2001:db8::25
$ORIGIN sub.example.com.
x IN MX 5 mail.example.com.
y IN CNAME @
$ORIGIN example.com.
$INCLUDE inc.zone
`;
const INC_URI = 'file:///zones/inc.zone';
const INC = 'alias IN CNAME mail\nother IN MX 1 MAIL.example.com.\n';
const host = { readFile: (u: string) => (u === INC_URI ? INC : undefined), resolve: (_f: string, rel: string) => 'file:///zones/' + rel };
const textOf = (f: string) => (f === FILE ? ZONE : f === INC_URI ? INC : undefined);

function run(marked: string) {
  const line = marked.replace('|', '');
  const i = ZONE.indexOf(line);
  assert.ok(i >= 0, line);
  const offset = i + marked.indexOf('|');
  const a = analyse(ZONE, FILE, host);
  return { a, offset };
}

const show = (p: { file: string; start: number; end: number }) => `${p.file === FILE ? '' : 'inc:'}${textOf(p.file)!.slice(p.start, p.end)}@${textOf(p.file)!.slice(0, p.start).split('\n').length}`;

test('definition: from a relative, absolute or included reference to the records of the name', () => {
  const { a, offset } = run('  IN MX 10 ma|il');
  assert.deepEqual(definitionAt(a.parse, FILE, ZONE, offset).map(show), ['mail@8', 'AAAA@9']);
  const abs = run('x IN MX 5 mail.exa|mple.com.');
  assert.deepEqual(definitionAt(abs.a.parse, FILE, ZONE, abs.offset).map(show), ['mail@8', 'AAAA@9']);
  const apex = run('y IN CNAME |@');
  assert.deepEqual(definitionAt(apex.a.parse, FILE, ZONE, apex.offset), [], 'sub.example.com. has no records');
  // The included file: go to definition from there into the zone file.
  const inc = analyse(ZONE, FILE, host);
  const o = INC.indexOf('mail') + 2;
  assert.deepEqual(definitionAt(inc.parse, INC_URI, INC, o).map(show), ['mail@8', 'AAAA@9']);
  // A name with no records here, found in another zone file of the workspace.
  const other = analyse('$ORIGIN example.net.\n$TTL 1h\n@ IN SOA a b 1 2 3 4 5\nmx IN A 192.0.2.9\n', 'file:///zones/example.net.zone');
  const z = cursor('$ORIGIN example.com.\n$TTL 1h\n@ IN SOA ns1 h 1 2 3 4 5\n@ IN MX 1 mx.exam|ple.net.\n');
  const b = analyse(z.text, FILE);
  const d = definitionAt(b.parse, FILE, z.text, z.offset, [other.parse]);
  assert.deepEqual(d.map((p) => p.file), ['file:///zones/example.net.zone']);
  // Not a name: nothing.
  const t = run('mail IN A 192.0.|2.25');
  assert.deepEqual(definitionAt(t.a.parse, FILE, ZONE, t.offset), []);
});

test('references: owners and rdata names in every form, includes too; without declarations', () => {
  const { a, offset } = run('|mail IN A 192.0.2.25');
  const refs = referencesAt(a.parse, FILE, ZONE, offset, textOf);
  assert.deepEqual(refs.map(show), ['mail@6', 'mail@7', 'mail@8', 'mail.example.com.@11', 'inc:mail@1', 'inc:MAIL.example.com.@2']);
  assert.deepEqual(referencesAt(a.parse, FILE, ZONE, offset, textOf, false).map(show), ['mail@6', 'mail@7', 'mail.example.com.@11', 'inc:mail@1', 'inc:MAIL.example.com.@2']);
  const apex = run('y IN CNAME |@');
  assert.deepEqual(referencesAt(apex.a.parse, FILE, ZONE, apex.offset, textOf).map(show), ['@@12']);
});

function apply(text: string, edits: Edit[]): string {
  let out = text;
  for (const e of [...edits].sort((x, y) => y.start - x.start)) out = out.slice(0, e.start) + e.newText + out.slice(e.end);
  return out;
}

test('rename rewrites every reference in its own form (relative, absolute, included files)', () => {
  const { a, offset } = run('|mail IN A 192.0.2.25');
  const prep = prepareRename(a.parse, FILE, ZONE, offset);
  assert.deepEqual(prep, { start: ZONE.indexOf('mail IN A'), end: ZONE.indexOf('mail IN A') + 4, placeholder: 'mail' });
  const r = renameAt(a.parse, FILE, ZONE, offset, 'smtp', textOf, a.origin);
  assert.ok('edits' in r);
  const zone = apply(ZONE, r.edits.filter((e) => e.file === FILE));
  const inc = apply(INC, r.edits.filter((e) => e.file === INC_URI));
  assert.match(zone, /IN MX 10 smtp\n/);
  assert.match(zone, /www IN CNAME smtp\n/);
  assert.match(zone, /\nsmtp IN A 192\.0\.2\.25\n/);
  assert.match(zone, /x IN MX 5 smtp\.example\.com\.\n/);
  assert.equal(inc, 'alias IN CNAME smtp\nother IN MX 1 smtp.example.com.\n');
  // The result parses to the same zone with the name changed.
  const after = analyse(zone, FILE, { readFile: (u: string) => (u === INC_URI ? inc : undefined), resolve: host.resolve });
  assert.equal(after.model.at('smtp.example.com.').length, 2);
  assert.equal(after.model.at('mail.example.com.').length, 0);
  const codes = (x: typeof a) => x.diagnostics.map((d) => d.code);
  assert.deepEqual(codes(after), codes(a), 'the same findings before and after');
});

test('rename out of the origin writes absolute names; into the origin keeps @', () => {
  const { a, offset } = run('|mail IN A 192.0.2.25');
  const r = renameAt(a.parse, FILE, ZONE, offset, 'mx.example.net.', textOf, a.origin);
  assert.ok('edits' in r);
  const zone = apply(ZONE, r.edits.filter((e) => e.file === FILE));
  assert.match(zone, /IN MX 10 mx\.example\.net\.\n/);
  assert.match(zone, /\nmx\.example\.net\. IN A/);
  // Renaming sub.example.com. (written `@` after $ORIGIN sub.example.com.) to a name below example.com.
  const y = run('y IN CNAME |@');
  const r2 = renameAt(y.a.parse, FILE, ZONE, y.offset, 'other.example.com.', textOf, y.a.origin);
  assert.ok('edits' in r2);
  assert.match(apply(ZONE, r2.edits), /y IN CNAME other\.example\.com\.\n/);
  // Bad names are refused with a reason.
  const bad = renameAt(a.parse, FILE, ZONE, offset, 'a..b', textOf, a.origin);
  assert.ok('error' in bad && /empty label/.test(bad.error));
  const none = prepareRename(a.parse, FILE, ZONE, ZONE.indexOf('192.0.2.25') + 1);
  assert.ok('error' in none);
});

test('rename onto a name that already has records is refused: it would merge the two names (a CNAME beside an A here)', () => {
  const { a, offset } = run('|mail IN A 192.0.2.25');
  const r = renameAt(a.parse, FILE, ZONE, offset, 'www', textOf, a.origin);
  assert.ok('error' in r, 'refused');
  assert.match(r.error, /^www\.example\.com\. already has records \(CNAME\): renaming mail\.example\.com\. to it would merge/);
  // Case does not make a different name; a name with no records (an ancestor's empty child) is fine.
  assert.ok('error' in renameAt(a.parse, FILE, ZONE, offset, 'WWW.example.com.', textOf, a.origin));
  assert.ok('edits' in renameAt(a.parse, FILE, ZONE, offset, 'mail2', textOf, a.origin));
  // Renaming a name to itself (another spelling) is not a merge.
  assert.ok('edits' in renameAt(a.parse, FILE, ZONE, offset, 'MAIL', textOf, a.origin));
  // A name with no records of its own (sub.example.com., only referenced) may be pointed at one that has some.
  const y = run('y IN CNAME |@');
  assert.ok('edits' in renameAt(y.a.parse, FILE, ZONE, y.offset, 'www.example.com.', textOf, y.a.origin));
});

test('workspace symbols: owner names matching the query, with their types', () => {
  const a = analyse(ZONE, FILE, host);
  const s = workspaceSymbols([a.parse], 'MAI');
  assert.deepEqual(s.map((x) => `${x.name} ${x.detail}`), ['mail.example.com. A, AAAA']);
  assert.equal(workspaceSymbols([a.parse], '').length, 7);
});

test('definition of a name with no records: the wildcard that answers for it (RFC 4592 closest encloser)', () => {
  const zone = '$ORIGIN example.com.\n$TTL 1h\n@ IN SOA ns1 h 1 2 3 4 5\n* IN MX 10 mail\n*.sub IN A 192.0.2.7\nx.ent IN A 192.0.2.8\n@ IN CNAME a.sub\n@ IN CNAME nothing\n@ IN CNAME y.ent\n@ IN CNAME ent\n';
  const a = analyse(zone, FILE);
  const def = (name: string) => definitionAt(a.parse, FILE, zone, zone.indexOf('CNAME ' + name) + 7).map((p) => zone.slice(p.start, p.end));
  assert.deepEqual(def('a.sub'), ['*.sub']);
  assert.deepEqual(def('nothing'), ['*']);
  assert.deepEqual(def('y.ent'), [], 'ent.example.com. exists (an empty non-terminal) and has no wildcard');
  assert.deepEqual(def('ent\n'.trim()), [], 'an empty non-terminal itself: no wildcard');
});
