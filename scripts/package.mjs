// Packages the extension as a .vsix, offline: `npm run -s build` (the esbuild bundles in dist/),
// then `vsce package --no-dependencies` (the bundles need no node_modules). What goes in is the
// allow-list in .vscodeignore; this script lists the .vsix and fails on anything else.
//   node scripts/package.mjs [--out FILE]   (default: zonemail-<version>.vsix in the repo root)
// Prints the .vsix path as its last line.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
const outArg = process.argv.indexOf('--out');
const out = path.resolve(outArg > 0 ? process.argv[outArg + 1] : path.join(ROOT, `${pkg.name}-${pkg.version}.vsix`));

function run(cmd, args) {
  const r = spawnSync(cmd, args, { cwd: ROOT, stdio: 'inherit' });
  if (r.status !== 0) {
    console.error(`package: ${cmd} ${args.join(' ')} failed (${r.status ?? r.signal})`);
    process.exit(1);
  }
}

run('npm', ['run', '-s', 'build']);
fs.mkdirSync(path.dirname(out), { recursive: true });
fs.rmSync(out, { force: true });
run(process.execPath, [
  path.join(ROOT, 'node_modules', '@vscode', 'vsce', 'vsce'),
  'package',
  '--no-dependencies',
  // No repository URL yet: do not ask, and leave README links relative (the images are in
  // the .vsix, and VS Code's extension page resolves relative links against the extension).
  '--allow-missing-repository',
  '--no-rewrite-relative-links',
  '--out', out,
]);

// The .vsix is a zip: read its central directory (no unzip binary needed).
function zipEntries(file) {
  const buf = fs.readFileSync(file);
  let eocd = buf.length - 22;
  while (eocd >= 0 && buf.readUInt32LE(eocd) !== 0x06054b50) eocd--;
  if (eocd < 0) throw new Error(`${file} is not a zip file`);
  const count = buf.readUInt16LE(eocd + 10);
  let p = buf.readUInt32LE(eocd + 16);
  const entries = [];
  for (let i = 0; i < count; i++) {
    if (buf.readUInt32LE(p) !== 0x02014b50) throw new Error(`${file}: bad central directory`);
    const size = buf.readUInt32LE(p + 24);
    const nameLen = buf.readUInt16LE(p + 28);
    const extraLen = buf.readUInt16LE(p + 30);
    const commentLen = buf.readUInt16LE(p + 32);
    entries.push({ name: buf.toString('utf8', p + 46, p + 46 + nameLen), size });
    p += 46 + nameLen + extraLen + commentLen;
  }
  return entries;
}

const entries = zipEntries(out);
console.log(`\n${path.relative(process.cwd(), out) || out}: ${entries.length} files, ${(fs.statSync(out).size / 1024).toFixed(0)} KiB`);
for (const e of entries) console.log(`  ${String(e.size).padStart(9)}  ${e.name}`);

// vsce's own files, and the extension's allow-list (keep in step with .vscodeignore).
const allowed = [
  /^\[Content_Types\]\.xml$/,
  /^extension\.vsixmanifest$/,
  /^extension\/(package\.json|readme\.md|changelog\.md|LICENSE(\.txt)?|language-configuration(\.[a-z-]+)?\.json)$/i, // vsce lower-cases readme/changelog
  /^extension\/dist\/(client|server|cli)\.js$/,
  /^extension\/syntaxes\/[^/]+\.json$/,
  /^extension\/images\/[^/]+\.png$/,
  /^extension\/docs\/diagnostics\.md$/,
];
const required = ['extension/package.json', 'extension/readme.md', 'extension/changelog.md', 'extension/LICENSE.txt', 'extension/dist/client.js', 'extension/dist/server.js', 'extension/dist/cli.js', 'extension/language-configuration.json', 'extension/docs/diagnostics.md'];
const names = new Set(entries.map((e) => e.name));
const unexpected = entries.filter((e) => !allowed.some((re) => re.test(e.name))).map((e) => e.name);
const missing = required.filter((n) => !names.has(n) && !(n === 'extension/LICENSE.txt' && names.has('extension/LICENSE')));
if (unexpected.length || missing.length) {
  if (unexpected.length) console.error(`package: unexpected files in the .vsix (fix .vscodeignore): ${unexpected.join(', ')}`);
  if (missing.length) console.error(`package: missing from the .vsix: ${missing.join(', ')}`);
  process.exit(1);
}
console.log(out);
