/**
 * `mail-host-without-ptr`: a mail exchanger of this zone (the target of an MX record, held by this
 * zone) whose address falls in a reverse zone of the workspace — or of the CLI run — that has no PTR
 * for it. Receivers check the reverse DNS of the hosts that connect to them (a PTR whose name
 * resolves back: forward-confirmed reverse DNS), and most refuse or mark mail from an address without
 * one; a host that receives a domain's mail usually sends its mail too. Reported once per host and
 * address, on the address of its A/AAAA record. Quick fix (in the editor): add the PTR to the reverse
 * zone. A PTR that names another host is `ptr-mismatch`'s business in the reverse zone. Runs only
 * when the caller hands in the other zone files (`CheckContext.forwardZones`).
 */
import type { Check } from './api';
import { mailHostAddresses, relativeFile, zoneOf, type ForwardZone } from '../reverse';

/** Loopback and unspecified addresses (127.0.0.0/8, ::1, 127/8 mapped into IPv6, 0.0.0.0, ::): mail from them never reaches a receiver. */
const LOOPBACK = /^(127\.|::1$|::ffff:7f[0-9a-f]{2}:|0\.0\.0\.0$|::$)/;

export const mailHostWithoutPtr: Check = {
  code: 'mail-host-without-ptr',
  doc: "A mail exchanger of the zone whose address, in a reverse zone of the workspace, has no PTR record.",
  severity: 'warning',
  run(ctx) {
    const zones = ctx.forwardZones;
    if (zones === undefined) return;
    const { model } = ctx;
    /** This zone as a zone to look in (null: not whole), built when first needed. */
    let own: ForwardZone | null | undefined;
    for (const { mx, host, record: r, address, name } of mailHostAddresses(model)) {
      if (LOOPBACK.test(address)) continue; // no receiver ever sees it
      let where: string, addTo: string;
      let zone: ForwardZone | undefined;
      if (model.inZone(name)) {
        // The zone covers its own mail host's address (a reverse zone with an MX): it is the one to
        // look in. A copy of the root or of a whole reverse tree is no zone to judge by.
        if (!/\.(in-addr|ip6)\.arpa\.$/.test(model.apex)) continue;
        own ??= zoneOf(model.apex, ctx.parse) ?? null;
        zone = own ?? undefined;
        where = 'this zone';
        addTo = r.file;
      } else {
        zone = zones.zoneFor(name);
        if (zone === undefined || !zone.apex.endsWith('.arpa.')) continue;
        where = `the zone ${zone.apex} (${relativeFile(ctx.file, zone.file)})`;
        addTo = zone.file;
      }
      if (zone === undefined || zone.elsewhere(name)) continue;
      const n = zone.lookup(name);
      // An alias there (RFC 2317: the PTR lives in a zone of its own, delegated below) is no gap.
      if (n?.ptr || n?.cname) continue;
      ctx.report({
        code: 'mail-host-without-ptr',
        message: `mail host ${host.name} (MX of ${mx.owner}) has no PTR for ${address} in ${where}: ` +
          `receivers that check reverse DNS may refuse the mail it sends — add '${name} PTR ${host.name}' there`,
        file: r.file, start: r.rdataStart, end: r.rdataEnd,
        data: { domain: `${name} IN PTR ${host.name}`, addTo, ptr: name, host: host.name },
      });
    }
  },
};
