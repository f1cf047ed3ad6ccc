/**
 * `cname-loop`: CNAME records of this zone that lead back to a name already on their chain
 * (`a → b → a`, a name that is its own alias, or a wildcard CNAME whose target the same wildcard
 * answers: `*.example. CNAME x.example.` with no `x`). Resolvers give up on such a chain (SERVFAIL)
 * for every name on the loop and every alias that leads into it. Reported once per loop, on the
 * first of its records in the file, with the loop spelt out. BIND loads the zone without a word.
 * The chain is followed inside this zone only: out of the zone, below a delegation or below a
 * DNAME it ends.
 */
import type { Check } from './api';
import type { ZoneModel } from '../model';
import type { ZoneRecord } from '../parser';
import type { NameRdata } from '../rdata/api';
import { dnameAbove, EXISTS, targetRange, targetsOf, wildcardCname } from './targets';

/** The CNAME that answers a query for `key` in this zone (its own, or its wildcard's), if any. */
function answer(model: ZoneModel, key: string): ZoneRecord | undefined {
  if (!model.inZone(key) || model.delegationOf(key) !== undefined || dnameAbove(model, key) !== undefined) return undefined;
  const own = model.first(key, 'CNAME');
  if (own !== undefined) return own;
  return wildcardCname(model, key); // none for a name that exists (records, or names below it)
}

const SHOWN = 6;

export const cnameLoop: Check = {
  code: 'cname-loop',
  doc: 'CNAME records that lead back to a name already on their chain: every lookup of those names fails.',
  severity: 'warning',
  run(ctx) {
    const { model } = ctx;
    /** Per name: 1 while on the chain being followed, 2 once done. */
    const state = new Map<string, number>();
    let order: Map<ZoneRecord, number> | undefined;
    const found = targetsOf(model, 5);
    for (let k = 0; k < found.length; k++) {
      // A chain that ends at its first step (the target is no alias) cannot loop: most CNAMEs.
      if (found.cnames[k] === undefined && ((found.flags[k] & EXISTS) !== 0 || !model.inZone(found.targets[k].key))) continue;
      const r = found.records[k];
      if (state.has(r.key)) continue;
      const names: string[] = [];
      const steps: ZoneRecord[] = [];
      let key: string | undefined = r.key;
      while (key !== undefined) {
        const s = state.get(key);
        if (s === 2) break;
        if (s === 1) {
          const from = names.indexOf(key);
          order ??= new Map(model.ofType(5).map((x, i) => [x, i]));
          report(names.slice(from), steps.slice(from), order);
          break;
        }
        state.set(key, 1);
        names.push(key);
        const rec = answer(model, key);
        const next = (rec?.rdata as NameRdata | undefined)?.target;
        if (rec === undefined || next === undefined) break;
        steps.push(rec);
        key = next.key;
      }
      for (const n of names) state.set(n, 2);
    }

    /** A loop: `names[i]` is answered by `steps[i]`, whose target is `names[i + 1]` (the last's is `names[0]`). */
    function report(names: string[], steps: ZoneRecord[], order: Map<ZoneRecord, number>): void {
      let first = 0;
      for (let i = 1; i < steps.length; i++) if ((order.get(steps[i]) ?? 0) < (order.get(steps[first]) ?? 0)) first = i;
      const r = steps[first];
      const t = (r.rdata as NameRdata).target!;
      // Spelt from the reported record's owner round to it again.
      const shown: string[] = [];
      for (let k = 0; k <= names.length && shown.length <= SHOWN; k++) {
        const i = (first + k) % names.length;
        const via = steps[i].key !== names[i] && k < names.length ? ` (wildcard ${steps[i].owner})` : '';
        shown.push(`${names[i]}${via}`);
      }
      const chain = names.length + 1 > shown.length ? `${shown.slice(0, SHOWN).join(' → ')} → …` : shown.join(' → ');
      ctx.report({
        code: 'cname-loop',
        message: names.length > 1
          ? `CNAME loop of ${names.length} names: ${chain}; resolvers fail every lookup of these names (SERVFAIL)`
          : r.key === names[0]
            ? `CNAME loop: ${names[0]} is an alias of itself; resolvers fail every lookup of it (SERVFAIL)`
            : `CNAME loop: the wildcard ${r.owner} answers ${names[0]} with an alias of ${names[0]} itself; resolvers fail every lookup of it (SERVFAIL)`,
        ...targetRange(r, t),
      });
    }
  },
};
