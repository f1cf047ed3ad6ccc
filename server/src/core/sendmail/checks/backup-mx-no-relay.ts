/**
 * backup-mx-no-relay: this host is a backup MX of a domain that it neither relays (access
 * `To:domain RELAY`, relay-domains) nor accepts (class w). While the primary is down, mail sent to
 * the backup is refused ("Relaying denied") instead of queued — DOMAIN.md §3 (seed §6.1): a backup
 * MX must allow relaying to the domain, then queue and retry. Reported at this host's own name in
 * local-host-names (or where the workspace names the host: `Dj`, confDOMAIN_NAME; see mxRoles).
 */
import type { SendmailCheck } from '../api';
import { acceptsDomain, relaysDomain, rolesPlacedIn } from '../workspace';

export const backupMxNoRelay: SendmailCheck = {
  code: 'backup-mx-no-relay',
  doc: 'This host is a backup MX of a domain it does not relay (no access To:domain RELAY, not in relay-domains): mail is refused while the primary is down.',
  severity: 'warning',
  kinds: ['sendmail-class', 'sendmail-cf', 'sendmail-mc'],
  run(ctx) {
    const ws = ctx.workspace;
    if (!ws) return;
    for (const { r, p } of rolesPlacedIn(ws, 'backup', ctx.file)) {
      if (relaysDomain(ws, r.domain) || acceptsDomain(ws, r.domain)) continue;
      ctx.report({
        start: p.start, end: p.end,
        message: `${r.self} (this host, ${r.via}) is a backup MX (MX ${r.preference}) of ${r.domain} (primary ${r.primary}) but does not relay it: while the primary is down, senders get "Relaying denied" here instead of a queued message — add "To:${r.domain} RELAY" to the access map or ${r.domain} to relay-domains`,
        data: ws.accessFiles.length > 0 ? { domain: r.domain, addTo: ws.accessFiles[0] } : { domain: r.domain },
      });
    }
  },
};
