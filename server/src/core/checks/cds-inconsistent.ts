/**
 * `cds-inconsistent`: the apex's CDS or CDNSKEY records do not match its DNSKEYs (RFC 7344 §4.1,
 * RFC 8078). A parent that follows them (automated DS maintenance) would publish a DS that
 * validates nothing, and the zone goes dark for validating resolvers.
 * Error, as named-checkzone 9.18 decides ("CDS/CDNSKEY consistency checks failed", the zone is not
 * loaded; checked on the corpus's BIND and Knot test zones): CDS/CDNSKEY records at an apex without
 * DNSKEY, or an algorithm in the CDS or the CDNSKEY set that no apex DNSKEY uses.
 * Warning (BIND loads the zone): a CDS whose key tag and algorithm name an apex DNSKEY but whose
 * digest is not that key's DS (recomputed for SHA-1, SHA-256, SHA-384). A CDS for a key not in the
 * DNSKEY set is not reported: a double-DS rollover publishes the DS before the key.
 * The delete forms (`CDS 0 0 0 00`, `CDNSKEY 0 3 0 AA==`, RFC 8078 §4) are left out.
 */
import type { Check, CheckContext } from './api';
import type { ZoneRecord } from '../parser';
import { dsDigest, keyTag, keyWire, nameWire, rdataWords } from '../dnssec/keys';
import { DNSSEC_ALGORITHM_INFO } from '../features/data/numbers';

interface KeyFields { flags?: number; protocol?: number; algorithm?: number }
interface DsFields { keyTag?: number; algorithm?: number; digestType?: number }

function equal(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

const algName = (a: number) => (DNSSEC_ALGORITHM_INFO[a] ? `${a} (${DNSSEC_ALGORITHM_INFO[a].name})` : String(a));

/** The wire rdata of a DNSKEY/CDNSKEY record (written out, or in the RFC 3597 generic form). */
function keyOf(ctx: CheckContext, r: ZoneRecord): Uint8Array | undefined {
  const words = rdataWords(ctx.rdataText(r));
  const k = r.rdata as KeyFields | undefined;
  if (words[0] === '\\#') return keyWire([0, 0, 0], words, 'key');
  if (k?.flags === undefined || k.protocol === undefined || k.algorithm === undefined) return undefined;
  return keyWire([k.flags, k.protocol, k.algorithm], words, 'key');
}

export const cdsInconsistent: Check = {
  code: 'cds-inconsistent',
  doc: "The apex's CDS/CDNSKEY records do not match its DNSKEYs: the parent would publish a DS that validates nothing.",
  severity: 'error',
  run(ctx) {
    const { model } = ctx;
    const apex = model.apex;
    // Each record read once: CDS with its fields and rdata words, CDNSKEY and DNSKEY as wire data.
    const cds = model.get(apex, 'CDS').flatMap((r) => (r.rdata === undefined ? [] : [{ r, d: r.rdata as DsFields, words: rdataWords(ctx.rdataText(r)) }]));
    const cdnskey = model.get(apex, 'CDNSKEY').flatMap((r) => (r.rdata === undefined ? [] : [{ r, w: keyOf(ctx, r) }]));
    if (cds.length === 0 && cdnskey.length === 0) return;
    const liveCds = cds.filter(({ d, words }) => !(d.keyTag === 0 && d.algorithm === 0 && d.digestType === 0 && /^0+$/.test(words.slice(3).join(''))));
    const liveKeys = cdnskey.filter(({ w }) => !(w !== undefined && w.length === 5 && w[0] === 0 && w[1] === 0 && w[2] === 3 && w[3] === 0 && w[4] === 0));
    if (liveCds.length === 0 && liveKeys.length === 0) return;
    const report = (r: ZoneRecord, message: string, severity?: 'warning') => ctx.report({ code: 'cds-inconsistent', message, severity, file: r.file, start: r.rdataStart, end: r.rdataEnd });
    const tail = 'BIND rejects the zone ("CDS/CDNSKEY consistency checks failed")';
    const dnskeyRecords = model.get(apex, 'DNSKEY');
    if (dnskeyRecords.length === 0) {
      const r = (liveCds[0] ?? liveKeys[0]).r;
      report(r, `${r.type} at the apex but no DNSKEY: a parent following it would publish a DS for a key the zone does not have (RFC 7344 §4.1); ${tail}`);
      return;
    }
    const dnskeys: Uint8Array[] = [];
    for (const r of dnskeyRecords) { const w = keyOf(ctx, r); if (w) dnskeys.push(w); }
    const keyAlgorithms = new Set(dnskeys.map((k) => k[3]));
    // Per algorithm of the CDS and of the CDNSKEY set: an apex DNSKEY of that algorithm (BIND 9.18).
    const sets: [string, { r: ZoneRecord; alg: number | undefined }[]][] = [
      ['CDS', liveCds.map(({ r, d }) => ({ r, alg: d.algorithm }))],
      ['CDNSKEY', liveKeys.map(({ r, w }) => ({ r, alg: w?.[3] }))],
    ];
    for (const [what, set] of sets) {
      const seen = new Set<number>();
      for (const { r, alg } of set) {
        if (alg === undefined || seen.has(alg)) continue;
        seen.add(alg);
        if (!keyAlgorithms.has(alg)) {
          report(r, `${what} for algorithm ${algName(alg)}, but no apex DNSKEY uses that algorithm: a parent following it would publish a DS that validates nothing (RFC 7344 §4.1); ${tail}`);
        }
      }
    }
    // A CDS naming an apex DNSKEY (key tag and algorithm) whose digest is not that key's: BIND loads
    // the zone, but a parent would publish a DS that matches no key.
    const owner = nameWire(apex);
    for (const { r, d, words } of liveCds) {
      if (d.algorithm === undefined || d.keyTag === undefined || d.digestType === undefined) continue;
      if (d.digestType !== 1 && d.digestType !== 2 && d.digestType !== 4) continue; // not recomputed here
      const named = dnskeys.filter((k) => k[3] === d.algorithm && keyTag(k) === d.keyTag);
      if (named.length === 0) continue; // a key not published yet (double-DS rollover) or elsewhere
      const wire = keyWire([d.keyTag, d.algorithm, d.digestType], words, 'ds');
      if (wire === undefined) continue;
      if (named.some((k) => { const g = dsDigest(owner, k, d.digestType!); return g !== undefined && equal(g, wire.subarray(4)); })) continue;
      report(r, `this CDS names the apex DNSKEY with key tag ${d.keyTag} (algorithm ${algName(d.algorithm)}) but its digest is not that key's: a parent following it would publish a DS that matches no key (RFC 7344 §4.1)`, 'warning');
    }
  },
};
