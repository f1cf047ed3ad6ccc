import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ALL_CODES } from '../../server/src/core/codes';
import { ZONE_CHECKS } from '../../server/src/core/checks/index';

const ROOT = path.resolve(__dirname, '..', '..', '..');

test('every code is kebab-case, unique, and has a section in docs/diagnostics.md', () => {
  const doc = fs.readFileSync(path.join(ROOT, 'docs', 'diagnostics.md'), 'utf8');
  const sections = new Set([...doc.matchAll(/^## ([a-z0-9-]+)\s*$/gm)].map((m) => m[1]));
  const seen = new Set<string>();
  for (const c of ALL_CODES) {
    assert.match(c.code, /^[a-z0-9]+(-[a-z0-9]+)*$/);
    assert.ok(!seen.has(c.code), `duplicate code ${c.code}`);
    seen.add(c.code);
    assert.ok(sections.has(c.code), `docs/diagnostics.md has no '## ${c.code}' section`);
    const body = doc.split(`## ${c.code}\n`)[1]?.split('\n## ')[0] ?? '';
    const sev = { error: 'Error', warning: 'Warning', info: 'Info', hint: 'Hint' }[c.severity];
    assert.ok(body.startsWith(`**${sev}.**`), `section ${c.code} should start with **${sev}.** (its default severity)`);
  }
  for (const s of sections) assert.ok(seen.has(s), `docs section '${s}' names no code`);
});

test('every check lives in its own file named after its code', () => {
  const dir = path.join(ROOT, 'server', 'src', 'core', 'checks');
  for (const c of ZONE_CHECKS) assert.ok(fs.existsSync(path.join(dir, `${c.code}.ts`)), `checks/${c.code}.ts`);
});

test('the core imports nothing of vscode, the LSP library, fs, path or child_process', () => {
  const dir = path.join(ROOT, 'server', 'src', 'core');
  const walk = (d: string): string[] => fs.readdirSync(d, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(path.join(d, e.name)) : [path.join(d, e.name)]));
  for (const f of walk(dir).filter((f) => f.endsWith('.ts'))) {
    const src = fs.readFileSync(f, 'utf8');
    assert.doesNotMatch(src, /from ['"](vscode|vscode-languageserver[^'"]*|(node:)?(fs|path|child_process))['"]/, f);
    assert.doesNotMatch(src, /\b(process|Buffer|require)\s*[.(]/, `${f} uses a Node global`);
  }
});
