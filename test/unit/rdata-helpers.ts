// Shared by the rdata tests: parse one record line and assert on its rdata and diagnostics.
import assert from 'node:assert/strict';
import { parseZone } from '../../server/src/core/parser';

/** Parse one record line; return its rdata and the diagnostics as [code, text of the range]. */
export function one(line: string) {
  const text = `$TTL 60\n${line}\n`;
  const res = parseZone(text, { file: 'test.zone', origin: 'example.com.' });
  return {
    rdata: res.records[0]?.rdata as Record<string, unknown> | undefined,
    diags: res.diagnostics.map((d) => [d.code, text.slice(d.start, d.end)]),
    messages: res.diagnostics.map((d) => d.message),
  };
}

/** No diagnostic, and typed rdata. */
export const ok = (line: string): Record<string, unknown> => {
  const r = one(line);
  assert.deepEqual(r.diags, [], `${line}: ${r.messages.join('; ')}`);
  assert.ok(r.rdata, `${line}: no rdata`);
  return r.rdata as Record<string, unknown>;
};

/** Exactly one diagnostic, with this code, whose range is exactly `token`; returns its message. */
export const bad = (line: string, code: string, token: string): string => {
  const r = one(line);
  assert.deepEqual(r.diags, [[code, token]], `${line}: ${r.messages.join('; ')}`);
  return r.messages[0];
};
