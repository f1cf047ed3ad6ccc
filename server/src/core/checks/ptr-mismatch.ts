/**
 * `ptr-mismatch`: a PTR record (`25.2.0.192.in-addr.arpa. PTR mail.example.com.`) whose target is
 * in another zone file of the workspace — or of the CLI run — that does not give the target that
 * address back: the name does not exist there, or its A/AAAA records do not include the address.
 * Forward-confirmed reverse DNS then fails, and mail servers that check it (most large receivers;
 * Postfix's reject_unknown_client_hostname) refuse or mark mail sent from that address. A name that
 * does not exist is answered by the wildcard at its closest encloser, as a server would. Not judged:
 * targets in no zone at hand, below a delegation or a DNAME of the zone that holds them, aliases
 * (CNAME), and zones whose $GENERATE records could not all be expanded.
 * When exactly one name of that zone has the address, the message names it and `data.name` carries
 * it for the quick fix (point the PTR there). Runs only when the caller hands in the other zone
 * files (`CheckContext.forwardZones`).
 */
import type { Check } from './api';
import type { NameRdata } from '../rdata/api';
import { relativeFile, reverseAddress } from '../reverse';
import { targetRange } from './targets';

export const ptrMismatch: Check = {
  code: 'ptr-mismatch',
  doc: 'A PTR whose target, in another zone file of the workspace, does not resolve back to the address (forward-confirmed reverse DNS fails).',
  severity: 'warning',
  run(ctx) {
    const zones = ctx.forwardZones;
    if (zones === undefined) return;
    for (const r of ctx.model.ofType(12)) {
      const t = (r.rdata as NameRdata | undefined)?.target;
      if (t === undefined) continue;
      const address = reverseAddress(r.key);
      if (address === undefined) continue;
      const zone = zones.zoneFor(t.key);
      if (zone === undefined || zone.elsewhere(t.key)) continue;
      const n = zone.lookup(t.key);
      if (n?.cname) continue;
      const v6 = address.includes(':');
      const have = n === undefined ? [] : v6 ? n.v6 : n.v4;
      if (have.includes(address)) continue;
      const where = `the zone ${zone.apex} (${relativeFile(ctx.file, zone.file)})`;
      const problem = n === undefined && !zone.emptyNonTerminal(t.key) ? `does not exist in ${where}`
        : have.length === 0 ? `has no ${v6 ? 'AAAA' : 'A'} record in ${where}`
          : `resolves to ${have.slice(0, 3).join(', ')}${have.length > 3 ? ', …' : ''} in ${where}, not to ${address}`;
      // The one name of that zone that has the address (a renumbered or renamed host): the PTR's fix.
      // Not for a $GENERATE record: its range is the template, which names every record of the range.
      const holders = r.generated ? [] : zone.namesWith(address);
      const suggestion = holders.length === 1 ? holders[0] : undefined;
      ctx.report({
        code: 'ptr-mismatch',
        message: `PTR for ${address} names ${t.name}, which ${problem}: forward-confirmed reverse DNS fails, and mail servers that check it may refuse mail from ${address}` +
          (suggestion !== undefined ? ` — ${suggestion} has that address` : ''),
        ...targetRange(r, t),
        data: suggestion !== undefined ? { name: suggestion } : undefined,
      });
    }
  },
};
