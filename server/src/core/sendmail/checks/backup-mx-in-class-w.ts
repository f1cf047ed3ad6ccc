/**
 * backup-mx-in-class-w: this host is a lower-preference (backup) MX of a domain, and the domain is in
 * its class w. DOMAIN.md §3 (seed §6.1): a backup MX must NOT treat the domain as local — it would
 * deliver the mail into local mailboxes instead of queueing it for the primary. A cross-file check:
 * this host is the name the workspace gives (setting `zonemail.mail.hostName`, `--mail-host`, a .cf's
 * `Dj`, an .mc's confDOMAIN_NAME), else the class w members that the workspace's zones name as MX
 * exchangers; the message says which.
 */
import type { SendmailCheck } from '../api';
import { mxRoles } from '../workspace';

export const backupMxInClassW: SendmailCheck = {
  code: 'backup-mx-in-class-w',
  doc: 'A domain in local-host-names for which this host is only a backup MX: it delivers locally instead of queueing for the primary.',
  severity: 'warning',
  kinds: ['sendmail-class'],
  run(ctx) {
    const ws = ctx.workspace;
    if (!ws || ws.mx.size === 0) return;
    for (const r of mxRoles(ws)) {
      if (r.role !== 'backup') continue;
      const p = ws.classW.get(r.domain);
      if (!p || p.file !== ctx.file) continue;
      ctx.report({
        start: p.start, end: p.end,
        message: `this host (${r.self}, ${r.via}; MX ${r.preference}) is a backup MX of ${r.domain} — the primary is ${r.primary} — but ${r.domain} is in class w, so mail for it is delivered here instead of queued for the primary; remove it and relay it (access "To:${r.domain} RELAY" or relay-domains)`,
        data: { domain: r.domain },
      });
    }
  },
};
