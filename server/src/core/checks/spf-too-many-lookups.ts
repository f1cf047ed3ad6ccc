/**
 * `spf-too-many-lookups`: an SPF policy needing more than 10 DNS lookups (RFC 7208 §4.6.4: include,
 * a, mx, ptr, exists and redirect count), which makes receivers return permerror. `include:` and
 * `redirect=` into names of this zone are followed (their terms count too); the message lists those
 * it could not follow (other domains, macros), whose lookups come on top.
 */
import type { Check } from './api';
import type { ZoneModel } from '../model';
import { spfRecords, type SpfSummary } from '../mail/spf';
import { nameKey } from '../names';

const LIMIT = 10;

export const spfTooManyLookups: Check = {
  code: 'spf-too-many-lookups',
  doc: 'An SPF policy needing more than 10 DNS lookups (RFC 7208 §4.6.4).',
  severity: 'warning',
  run(ctx) {
    const { model } = ctx;
    const all = spfRecords(model);
    // The SPF records by name, for includes of names in this zone: made when the first one is met.
    let byKey: Map<string, SpfSummary> | undefined;
    const policyAt = (key: string): SpfSummary | undefined => {
      if (byKey === undefined) {
        byKey = new Map();
        for (const { record, spf } of all) if (record.typeCode === 16 && !byKey.has(record.key)) byKey.set(record.key, spf);
      }
      return byKey.get(key);
    };
    for (const { record: r, spf } of all) {
      if (r.typeCode !== 16) continue;
      // Counted first without the list of what was not followed (most policies are within the limit).
      if (lookups(spf, model, policyAt, r.key, undefined, undefined) <= LIMIT) continue;
      const notFollowed: string[] = [];
      const count = lookups(spf, model, policyAt, r.key, undefined, notFollowed);
      ctx.report({
        code: 'spf-too-many-lookups',
        message: `the SPF policy of ${r.owner} needs ${count} DNS lookups${notFollowed.length ? ` or more (not followed: ${notFollowed.slice(0, 5).join(', ')}${notFollowed.length > 5 ? ', …' : ''})` : ''}; above ${LIMIT} receivers return permerror (RFC 7208 §4.6.4) — flatten includes into ip4:/ip6:`,
        file: r.file, start: r.rdataStart, end: r.rdataEnd,
      });
    }
  },
};

/**
 * The DNS lookups `spf` needs, following include:/redirect= into the zone's own policies (each
 * counted once: `seen` holds the names followed from `root`, made at the first one). Names not
 * followed (other domains, macros) go to `notFollowed` when given.
 */
function lookups(spf: SpfSummary, model: ZoneModel, policyAt: (key: string) => SpfSummary | undefined, root: string,
  seen: Set<string> | undefined, notFollowed: string[] | undefined): number {
  let n = spf.lookups;
  for (const v of spf.follow) {
    if (v.includes('%')) { notFollowed?.push(v); continue; }
    // Most includes name other domains: tell those by their last characters, before making a key.
    const key = mayBeBelow(v, model.apex) ? nameKey(v.endsWith('.') ? v : `${v}.`) : undefined;
    const target = key !== undefined && model.inZone(key) ? policyAt(key) : undefined;
    if (key === undefined || target === undefined) { notFollowed?.push(v); continue; }
    seen ??= new Set([root]);
    if (seen.has(key)) continue; // a loop: counted once
    seen.add(key);
    n += lookups(target, model, policyAt, root, seen, notFollowed);
  }
  return n;
}

function mayBeBelow(v: string, apex: string): boolean {
  if (apex === '.' || apex.indexOf('\\') >= 0) return true;
  let i = v.length - 1;
  if (v.charCodeAt(i) === 46) i--; // a final dot
  let j = apex.length - 2; // the apex key without its final dot
  for (; j >= 0; i--, j--) {
    if (i < 0 || (v.charCodeAt(i) | 0x20) !== (apex.charCodeAt(j) | 0x20)) return v.indexOf('\\') >= 0;
  }
  return i < 0 || v.charCodeAt(i) === 46 || v.indexOf('\\') >= 0;
}
