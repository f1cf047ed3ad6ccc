// One benchmark measurement in a fresh process: read, parse and check one zone; print JSON.
const path = require('node:path');
const { analyzeZone } = require(path.resolve(__dirname, '..', 'out', 'server', 'src', 'core', 'analyze.js'));
// The CLI's file reader (ASCII fast path), so the figure is what `zonemail check` spends.
const { readText } = require(path.resolve(__dirname, '..', 'out', 'server', 'src', 'node', 'text.js'));
const [file, origin] = process.argv.slice(2);
const t0 = process.hrtime.bigint();
const text = readText(file);
const t1 = process.hrtime.bigint();
const a = analyzeZone(text, { file, origin, originMode: 'authoritative' });
const t2 = process.hrtime.bigint();
const errors = a.diagnostics.filter((d) => d.severity === 'error').length;
process.stdout.write(JSON.stringify({
  bytes: Buffer.byteLength(text),
  records: a.parse.records.length,
  diagnostics: a.diagnostics.length,
  errors,
  readMs: Number(t1 - t0) / 1e6,
  analyzeMs: Number(t2 - t1) / 1e6,
  maxRssMB: process.resourceUsage().maxRSS / 1024,
}) + '\n');
