/**
 * Formatting every zone file of the corpus (../shared/corpus/zones): the records read back are
 * identical (owner, TTL, class, type, typed rdata) with the same diagnostics, and formatting the
 * result again changes nothing. Skipped, visibly, when the corpus is absent.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyzeZone } from '../../server/src/core/analyze';
import { applyEdits, formatZone } from '../../server/src/core/features/format';

const ROOT = path.resolve(__dirname, '../../../../shared/corpus/zones');

function walk(dir: string, out: string[]): string[] {
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) walk(p, out); else out.push(p);
  }
  return out;
}

const strip = (o: unknown) => JSON.stringify(o, (k, v) => (k === 'start' || k === 'end' || k === 'serialStart' || k === 'serialEnd' ? undefined : v));

function signature(text: string, file: string): string {
  const a = analyzeZone(text, { file, maxGenerate: 100_000 });
  return a.parse.records.map((r) => `${r.owner}|${r.ttl}|${r.cls}|${r.type}|${r.generated}|${strip(r.rdata)}`).join('\n') + '\n#' + a.diagnostics.map((d) => d.code).sort().join(',');
}

test('formatting the corpus: same records, same diagnostics, idempotent', { skip: fs.existsSync(ROOT) ? false : `corpus not found at ${ROOT}` }, () => {
  const files = walk(ROOT, []);
  let changed = 0, lines = 0;
  const differ: string[] = [], unstable: string[] = [];
  for (const f of files) {
    const text = fs.readFileSync(f, 'latin1');
    const edits = formatZone(text);
    if (edits.length === 0) continue;
    changed++;
    lines += edits.length;
    const out = applyEdits(text, edits);
    if (signature(text, f) !== signature(out, f)) differ.push(path.relative(ROOT, f));
    if (formatZone(out).length > 0) unstable.push(path.relative(ROOT, f));
  }
  console.log(`format-corpus: ${files.length} files, ${changed} reformatted (${lines} lines), ${differ.length} with different records, ${unstable.length} not idempotent`);
  assert.deepEqual(differ, []);
  assert.deepEqual(unstable, []);
});
