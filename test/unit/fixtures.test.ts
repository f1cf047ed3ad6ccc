/**
 * Fixture tests: zone snippets under test/fixtures/zone/ with the expected diagnostics written
 * next to the text, as comments:
 *
 *   www  IN  A  10.0.0.256
 *   ;           ^^^^^^^^^^ error invalid-ipv4      ← range on the previous non-annotation line
 *   ;^^^ warning out-of-zone                       ← carets right after ';' start at column 0
 *   ;!file info origin-guessed                      ← a diagnostic at the start of the file
 *   ;@origin example.com.                           ← options: the zone's origin (authoritative)
 *
 * Every diagnostic must be annotated and every annotation must be matched. Each fixture runs twice:
 * with LF and with CRLF line ends.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyzeZone } from '../../server/src/core/analyze';
import { LineIndex } from '../../server/src/core/lines';
import type { FileHost } from '../../server/src/core/types';

const ROOT = path.resolve(__dirname, '..', '..', '..');
const DIR = path.join(ROOT, 'test', 'fixtures', 'zone');

const CARET = /^;(\s*)(\^+)\s+(error|warning|info|hint)\s+([a-z0-9-]+)\s*$/;
const FILE_LEVEL = /^;!file\s+(error|warning|info|hint)\s+([a-z0-9-]+)\s*$/;
const OPTION = /^;@(\w+)\s+(\S+)\s*$/;

interface Expected { line: number; start: number; end: number; severity: string; code: string }

function expectations(text: string): { expected: string[]; origin?: string } {
  const lines = text.split('\n');
  const expected: string[] = [];
  let origin: string | undefined;
  let last = -1;
  lines.forEach((line, i) => {
    const c = CARET.exec(line);
    if (c) {
      assert.ok(last >= 0, `annotation on line ${i + 1} has no line above it`);
      // Carets mark the columns they stand in; a run right after the ';' (no space) starts at column 0.
      const start = c[1].length === 0 ? 0 : 1 + c[1].length;
      expected.push(fmt({ line: last, start, end: start + c[2].length, severity: c[3], code: c[4] }));
      return;
    }
    const f = FILE_LEVEL.exec(line);
    if (f) { expected.push(fmt({ line: 0, start: 0, end: 0, severity: f[1], code: f[2] })); return; }
    const o = OPTION.exec(line);
    if (o) { if (o[1] === 'origin') origin = o[2]; return; }
    last = i;
  });
  return { expected: expected.sort(), origin };
}

function fmt(e: Expected): string {
  return `${e.line + 1}:${e.start}-${e.end} ${e.severity} ${e.code}`;
}

function memoryHost(dir: string, crlf: boolean): FileHost {
  return {
    readFile(p) {
      try {
        const t = fs.readFileSync(p, 'utf8');
        return crlf ? t.replace(/\n/g, '\r\n') : t;
      } catch {
        return undefined;
      }
    },
    resolve: (from, rel) => path.resolve(path.dirname(from), rel),
  };
  void dir;
}

const files = fs.existsSync(DIR) ? fs.readdirSync(DIR).filter((f) => f.endsWith('.zone')).sort() : [];

test('fixtures exist', () => {
  assert.ok(files.length >= 5, `expected fixture files under ${DIR}`);
});

for (const name of files) {
  for (const crlf of [false, true]) {
    test(`fixture ${name}${crlf ? ' (CRLF)' : ''}`, () => {
      const file = path.join(DIR, name);
      const raw = fs.readFileSync(file, 'utf8');
      const { expected, origin } = expectations(raw);
      const text = crlf ? raw.replace(/\n/g, '\r\n') : raw;
      const analysis = analyzeZone(text, { file, origin, originMode: 'authoritative', host: memoryHost(DIR, crlf) });
      const li = new LineIndex(text);
      const actual = analysis.diagnostics
        .filter((d) => d.file === file)
        .map((d) => {
          const s = li.position(d.start), e = li.position(d.end);
          const end = e.line === s.line ? e.character : s.character; // multi-line ranges: compare the start
          return `${fmt({ line: s.line, start: s.character, end, severity: d.severity, code: d.code })}`;
        })
        .sort();
      const messages = analysis.diagnostics.map((d) => `  ${d.code} @${d.start}-${d.end}: ${d.message}`).join('\n');
      assert.deepEqual(actual, expected, `diagnostics of ${name}:\n${messages}`);
    });
  }
}
