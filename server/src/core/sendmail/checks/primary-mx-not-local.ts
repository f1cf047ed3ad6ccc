/**
 * primary-mx-not-local: this host is the preferred MX of a domain that is not in its class w (nor
 * VIRTUSER_DOMAIN, a virtusertable domain, or relayed on to an inner host). sendmail then treats
 * mail for the domain as someone else's: it refuses it, or sends it to the domain's MX — itself —
 * and the mail loops until MaxHopCount (DOMAIN.md §3). Reported at this host's own name in
 * local-host-names (or where the workspace names the host: `Dj`, confDOMAIN_NAME; see mxRoles).
 */
import type { SendmailCheck } from '../api';
import { acceptsDomain, relaysDomain, rolesPlacedIn } from '../workspace';

export const primaryMxNotLocal: SendmailCheck = {
  code: 'primary-mx-not-local',
  doc: 'This host is the primary MX of a domain that is not in its class w (nor virtual, nor relayed on): mail is refused or loops.',
  severity: 'warning',
  kinds: ['sendmail-class', 'sendmail-cf', 'sendmail-mc'],
  run(ctx) {
    const ws = ctx.workspace;
    if (!ws) return;
    for (const { r, p } of rolesPlacedIn(ws, 'primary', ctx.file)) {
      if (r.self === r.domain) continue;
      if (acceptsDomain(ws, r.domain) || ws.virtuserDomains.has(r.domain) || relaysDomain(ws, r.domain)) continue;
      ctx.report({
        start: p.start, end: p.end,
        message: `${r.self} (this host, ${r.via}) is the preferred MX (MX ${r.preference}) of ${r.domain}, but ${r.domain} is not in class w: sendmail refuses its mail or sends it to ${r.domain}'s MX — itself — until MaxHopCount; add ${r.domain} to local-host-names`,
        data: ws.classWFiles[0] !== undefined ? { domain: r.domain, addTo: ws.classWFiles[0] } : { domain: r.domain },
      });
    }
  },
};
