// The test command: unit + fixture tests (node's test runner), grammar tests, and conformance on the
// corpus when ../shared is present (skipped visibly otherwise). End-to-end tests in a real VS Code
// run separately: `npm run test:e2e` (they install chromium and code-server).
// Ends with one plain line: `tests: N passed, N failed`.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
let passed = 0, failed = 0;

function run(name, cmd, args, parse) {
  console.log(`\n=== ${name}: ${cmd} ${args.join(' ')}`);
  const r = spawnSync(cmd, args, { cwd: ROOT, encoding: 'utf8', maxBuffer: 1 << 28 });
  process.stdout.write(r.stdout);
  process.stderr.write(r.stderr);
  const counts = parse(r.stdout + r.stderr);
  if (r.status !== 0 && counts.failed === 0) counts.failed = 1; // a suite that failed without counting still fails
  passed += counts.passed;
  failed += counts.failed;
  console.log(`=== ${name}: ${counts.passed} passed, ${counts.failed} failed (exit ${r.status})`);
}

const unitDir = path.join(ROOT, 'out', 'test', 'unit');
const unitFiles = fs.readdirSync(unitDir).filter((f) => f.endsWith('.test.js')).map((f) => path.join('out', 'test', 'unit', f));
run('unit', process.execPath, ['--test', '--test-reporter=tap', ...unitFiles], (out) => ({
  passed: Number(/^# pass (\d+)/m.exec(out)?.[1] ?? 0),
  failed: Number(/^# fail (\d+)/m.exec(out)?.[1] ?? 0),
}));
run('grammar', process.execPath, ['scripts/grammar-test.mjs'], (out) => {
  const m = /^grammar: (\d+) passed, (\d+) failed/m.exec(out);
  return { passed: Number(m?.[1] ?? 0), failed: Number(m?.[2] ?? 0) };
});
run('conformance', process.execPath, ['scripts/conformance.mjs'], (out) => ({
  passed: /^conformance: ok/m.test(out) ? 1 : 0,
  failed: /^conformance: FAILED/m.test(out) ? 1 : 0,
}));
run('conformance-sendmail', process.execPath, ['scripts/conformance-sendmail.mjs'], (out) => ({
  passed: /^conformance-sendmail: ok/m.test(out) ? 1 : 0,
  failed: /^conformance-sendmail: FAILED/m.test(out) ? 1 : 0,
}));
console.log(`\ntests: ${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
