/**
 * Entry point of the end-to-end suite inside VS Code's extension host (`--extensionTestsPath`):
 * runs every `*.test.js` beside this file with mocha and writes the counts to a JSON file
 * (env ZONEMAIL_E2E_RESULTS, default <repo>/.e2e/results/suite.json) for test/e2e/run.mjs,
 * which prints the plain `e2e: N passed, N failed` line. Rejects when a test failed, so the
 * host exits with a non-zero code.
 */
import * as fs from 'fs';
import * as path from 'path';
import Mocha from 'mocha';

const REPO = path.resolve(__dirname, '..', '..', '..', '..');

interface Results {
  passed: number;
  failed: number;
  pending: number;
  failures: { title: string; error: string }[];
}

function writeResults(results: Results): void {
  const file = process.env.ZONEMAIL_E2E_RESULTS || path.join(REPO, '.e2e', 'results', 'suite.json');
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, JSON.stringify(results, null, 2) + '\n');
}

export function run(): Promise<void> {
  // The workbench shows the extension host's console (and code-server forwards it to the
  // launcher's output); the spec reporter without colours reads well there.
  const mocha = new Mocha({ ui: 'bdd', reporter: 'spec', color: false, timeout: 30_000 });
  const grep = process.env.ZONEMAIL_E2E_GREP;
  if (grep) mocha.grep(grep);
  // zone.test.js first: its first test checks that the extension is not active before a zone
  // file opens. The others in name order.
  const files = fs.readdirSync(__dirname).filter((f) => f.endsWith('.test.js')).sort();
  for (const f of [...files.filter((f) => f === 'zone.test.js'), ...files.filter((f) => f !== 'zone.test.js')]) {
    mocha.addFile(path.join(__dirname, f));
  }
  const results: Results = { passed: 0, failed: 0, pending: 0, failures: [] };
  return new Promise((resolve, reject) => {
    try {
      const runner = mocha.run((failures) => {
        results.failed = Math.max(results.failed, failures);
        writeResults(results);
        if (failures > 0) reject(new Error(`${failures} end-to-end test(s) failed`));
        else resolve();
      });
      runner.on('pass', () => results.passed++);
      runner.on('fail', (test, err: Error) => {
        results.failed++;
        results.failures.push({ title: test.fullTitle(), error: String(err?.stack ?? err) });
      });
      runner.on('pending', () => results.pending++);
    } catch (err) {
      results.failed++;
      results.failures.push({ title: 'mocha', error: String((err as Error)?.stack ?? err) });
      writeResults(results);
      reject(err);
    }
  });
}
