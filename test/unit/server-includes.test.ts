/**
 * Included files in the language server under random open / edit / close sequences: two zones
 * include two fragments (one both), everything opened, edited and closed in a seeded random order.
 * Whenever the server is quiet, each open fragment must show what its zone's analysis says (only
 * its real error, if it has one) while an open zone includes it — or, in the second variant, the
 * zone file on disk — and be checked alone otherwise.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { init, setup } from './server-harness';

const Z1 = 'file:///zones/example.com.zone', Z2 = 'file:///zones/example.net.zone';
const A = 'file:///zones/a.inc', B = 'file:///zones/b.inc';
const ZONE1 = '$TTL 1h\n$ORIGIN example.com.\n@ IN SOA ns1 h 1 2 3 4 5\n IN NS ns1\nns1 IN A 192.0.2.9\n$INCLUDE a.inc\n$INCLUDE b.inc\n';
const ZONE2 = '$TTL 1h\n$ORIGIN example.net.\n@ IN SOA ns1 h 1 2 3 4 5\n IN NS ns1\nns1 IN A 192.0.2.9\n$INCLUDE b.inc\n';
/** A fragment's text, its names its own (a.inc and b.inc meet in example.com.zone); `bad`: with an error. */
const fragment = (uri: string, bad: boolean) => {
  const n = uri === A ? 'a' : 'b';
  return `www-${n} IN A 192.0.2.1\n` + (bad ? `bad-${n} IN A 300.1.2.3\n` : '');
};

/** A small seeded generator (mulberry32), so a failure replays. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// More seeds: ZONEMAIL_INCLUDE_SEEDS=1-20 npm run -s test:unit (each takes a few seconds).
const seeds = (() => {
  const m = /^(\d+)-(\d+)$/.exec(process.env.ZONEMAIL_INCLUDE_SEEDS ?? "");
  return m ? Array.from({ length: Number(m[2]) - Number(m[1]) + 1 }, (_, i) => Number(m[1]) + i) : [1, 2, 3];
})();
for (const seed of seeds) for (const onDisk of [false, true]) {
  test(`included files stay consistent under random open/edit/close (seed ${seed}${onDisk ? ', example.com.zone also on disk' : ''})`, async () => {
    // Fragments not open are read from "disk" (their last text). With `onDisk`, example.com.zone is a
    // workspace file too: a fragment whose zone is not open is checked within it, never alone.
    const disk: Record<string, string> = { [A]: fragment(A, false), [B]: fragment(B, false), ...(onDisk ? { [Z1]: ZONE1 } : {}) };
    const client = onDisk ? setup(disk, (folder) => (folder === 'file:///zones' ? [Z1, A, B] : [])) : setup(disk);
    const last = new Map<string, string[]>();
    let published = 0;
    client.onNotification('textDocument/publishDiagnostics', (p: { uri: string; diagnostics: { code: string }[] }) => {
      last.set(p.uri, p.diagnostics.map((d) => d.code).sort());
      published++;
    });
    await init(client, onDisk ? 'file:///zones' : null);
    const open = new Map<string, { version: number; bad: boolean }>();
    const order: string[] = []; // open documents in the order they were opened
    const random = rng(seed);
    const quiet = async () => {
      // Quiet: no publication for 3 debounce periods (the server's debounce is 200 ms).
      for (;;) {
        const before = published;
        await new Promise((r) => setTimeout(r, 650));
        if (published === before) return;
      }
    };
    const check = (step: number) => {
      const zonesOpen = order.filter((u) => u === Z1 || u === Z2);
      for (const [uri, st] of open) {
        if (uri !== A && uri !== B) continue;
        const root = zonesOpen.find((z) => z === Z1 || (z === Z2 && uri === B)) ?? (onDisk ? `${Z1} on disk` : undefined);
        const got = last.get(uri) ?? [];
        if (root !== undefined) assert.deepEqual(got, st.bad ? ['invalid-ipv4'] : [], `step ${step}: ${uri} within ${root}`);
        else assert.ok(got.includes('missing-soa'), `step ${step}: ${uri} alone: ${JSON.stringify(got)}`);
      }
    };
    for (let step = 0; step < 24; step++) {
      const uri = [Z1, Z2, A, B][Math.floor(random() * 4)];
      const st = open.get(uri);
      const r = random();
      if (!st) {
        const bad = uri === A || uri === B ? random() < 0.5 : false;
        const text = uri === Z1 ? ZONE1 : uri === Z2 ? ZONE2 : fragment(uri, bad);
        open.set(uri, { version: 1, bad });
        order.push(uri);
        client.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'dns-zone', version: 1, text } });
      } else if (r < 0.6 && (uri === A || uri === B)) {
        st.bad = !st.bad;
        st.version++;
        client.sendNotification('textDocument/didChange', { textDocument: { uri, version: st.version }, contentChanges: [{ text: fragment(uri, st.bad) }] });
      } else {
        open.delete(uri);
        order.splice(order.indexOf(uri), 1);
        if (uri === A || uri === B) disk[uri] = fragment(uri, st.bad); // as if saved before closing
        client.sendNotification('textDocument/didClose', { textDocument: { uri } });
      }
      if (step % 3 === 2) {
        await quiet();
        check(step);
      }
    }
    await quiet();
    check(24);
    client.dispose();
  });
}
