/**
 * Sendmail fixture tests: files under test/fixtures/sendmail/ named as sendmail names them (the
 * kind and map table come from the name, and from the .mc files beside them, as in the CLI), with
 * the expected diagnostics as annotation lines that are removed before the analysis:
 *
 *   webmaster@example.com   error:5.1:550 x
 *   #!                      ^^^^^^^^^^^^^^^ error map-error-rhs   ← range on the previous line
 *   #!^^^^^^ warning virtuser-key                                ← carets right after '#!' start at column 0
 *   #!file warning alias-missing-required                        ← a diagnostic at offset 0
 *
 * Every diagnostic must be annotated and every annotation matched. Each fixture runs with LF and CRLF.
 * In a directory named `workspace-*` the files are one mail host's workspace: the cross-file checks
 * see all of them (buildMailIndex), as `zonemail check DIR` does.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { classOfFile, detectKind, mcMapFiles, namedClassFiles, type ClassLetter, type MapFlavor } from '../../server/src/core/kind';
import { analyzeSendmail } from '../../server/src/core/sendmail/analyze';
import type { SendmailKind } from '../../server/src/core/sendmail/api';
import { LineIndex } from '../../server/src/core/lines';
import { buildMailIndex, mxFromRecords, type MailWorkspaceFile } from '../../server/src/core/sendmail/workspace';
import { parseZone } from '../../server/src/core/parser';

const ROOT = path.resolve(__dirname, '..', '..', '..');
const DIR = path.join(ROOT, 'test', 'fixtures', 'sendmail');

const CARET = /^#!(\s*)(\^+)\s+(error|warning|info|hint)\s+([a-z0-9-]+)\s*$/;
const FILE_LEVEL = /^#!file\s+(error|warning|info|hint)\s+([a-z0-9-]+)\s*$/;

function fixture(raw: string): { text: string; expected: string[] } {
  const kept: string[] = [];
  const expected: string[] = [];
  for (const line of raw.split('\n')) {
    const c = CARET.exec(line);
    if (c) {
      assert.ok(kept.length > 0, 'an annotation needs a line above it');
      const start = c[1].length === 0 ? 0 : 2 + c[1].length;
      expected.push(`${kept.length}:${start}-${start + c[2].length} ${c[3]} ${c[4]}`);
      continue;
    }
    const f = FILE_LEVEL.exec(line);
    if (f) { expected.push(`1:0-0 ${f[1]} ${f[2]}`); continue; }
    kept.push(line);
  }
  return { text: kept.join('\n'), expected: expected.sort() };
}

const dirs = fs.readdirSync(DIR).filter((d) => fs.statSync(path.join(DIR, d)).isDirectory());
for (const d of dirs) {
  const names = fs.readdirSync(path.join(DIR, d)).sort();
  const mcMaps = new Map<string, MapFlavor>();
  for (const n of names.filter((n) => n.endsWith('.mc'))) for (const [k, v] of mcMapFiles(fs.readFileSync(path.join(DIR, d, n), 'utf8'))) mcMaps.set(k, v);
  // Class files named by the .mc and .cf files (Fw/etc/mail/mydomains), as the CLI finds them.
  const classFiles = new Map<string, ClassLetter>();
  for (const n of names) {
    const k = detectKind(n, '');
    if (k === 'sendmail-mc' || k === 'sendmail-cf') for (const [b, v] of namedClassFiles(fs.readFileSync(path.join(DIR, d, n), 'utf8'), k)) classFiles.set(b, v);
  }
  /** The workspace index over the directory's files, with the line ends of the run. */
  const workspaceFor = (eol: string): ReturnType<typeof buildMailIndex> | undefined => {
    if (!d.startsWith('workspace-')) return undefined;
    const files: MailWorkspaceFile[] = [];
    for (const n of names) {
      const kind = detectKind(n, '', { mcMaps, classFiles });
      if (kind && kind !== 'dns-zone') files.push({ file: n, kind, text: fixture(fs.readFileSync(path.join(DIR, d, n), 'utf8')).text.split('\n').join(eol), flavor: kind === 'sendmail-map' ? mcMaps.get(n.toLowerCase()) : undefined, classOf: kind === 'sendmail-class' ? classOfFile(n, { classFiles }) : undefined });
    }
    const ws = buildMailIndex(files);
    // Zone files of the workspace: their MX records (the backup/primary MX checks).
    for (const n of names.filter((n) => n.endsWith('.zone'))) mxFromRecords(parseZone(fs.readFileSync(path.join(DIR, d, n), 'utf8'), { file: n }).records, ws.mx);
    return ws;
  };
  for (const name of names.filter((n) => !n.endsWith('.zone'))) {
    for (const eol of ['\n', '\r\n']) {
      test(`sendmail fixture ${d}/${name} (${eol === '\n' ? 'LF' : 'CRLF'})`, () => {
        const { text: lf, expected } = fixture(fs.readFileSync(path.join(DIR, d, name), 'utf8'));
        const text = lf.split('\n').join(eol);
        const kind = detectKind(name, text.slice(0, 512), { mcMaps, classFiles });
        // A map with CRLF line ends gets map-crlf once, at the start: an error when a blank line
        // (a lone carriage return to makemap) is in it, else a warning.
        if (eol === '\r\n' && kind === 'sendmail-map') {
          expected.push(`1:0-0 ${/\n\n/.test(lf) ? 'error' : 'warning'} map-crlf`);
          expected.sort();
        }
        // An aliases file with CRLF line ends gets alias-crlf once, at the start (a warning).
        if (eol === '\r\n' && kind === 'sendmail-aliases') {
          expected.push('1:0-0 warning alias-crlf');
          expected.sort();
        }
        assert.ok(kind !== undefined && kind !== 'dns-zone', `${name} is a sendmail file`);
        const a = analyzeSendmail(text, { file: name, kind: kind as SendmailKind, kindOptions: { mcMaps }, workspace: workspaceFor(eol) });
        const li = new LineIndex(text);
        const actual = a.diagnostics.map((x) => {
          const s = li.position(x.start), e = li.position(x.end);
          assert.equal(s.line, e.line, `${x.code} stays on one line`);
          return `${s.line + 1}:${s.character}-${e.character} ${x.severity} ${x.code}`;
        }).sort();
        assert.deepEqual(actual, expected, a.diagnostics.map((x) => `${x.code}: ${x.message}`).join('\n'));
      });
    }
  }
}

/**
 * Checks whose failing input is a line of over 1022 bytes (or an alias over 8190): tested in
 * sendmail-parsers.test.ts; map-crlf and alias-crlf fire in the CRLF run of every map and aliases
 * fixture (above).
 */
const GENERATED = new Set(['map-line-too-long', 'alias-too-long', 'map-crlf', 'alias-crlf']);

test('every sendmail check has at least one failing fixture annotation', () => {
  const all = dirs.flatMap((d) => fs.readdirSync(path.join(DIR, d)).map((n) => fs.readFileSync(path.join(DIR, d, n), 'utf8'))).join('\n');
  // eslint-disable-next-line @typescript-eslint/no-var-requires
  const { SENDMAIL_CHECKS } = require('../../server/src/core/sendmail/checks/index') as typeof import('../../server/src/core/sendmail/checks/index');
  for (const c of SENDMAIL_CHECKS) if (!GENERATED.has(c.code)) assert.match(all, new RegExp(`^#!.*\\b(error|warning|info|hint) ${c.code}\\s*$`, 'm'), c.code);
});
