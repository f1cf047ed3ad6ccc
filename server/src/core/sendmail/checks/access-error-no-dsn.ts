/**
 * access-error-no-dsn: `ERROR:4xx text` without a status code. cf/README (access_db): "if you use
 * To:user@example.com ERROR:450 mailbox full the error returned would be "450 5.0.0 mailbox full"
 * which is wrong. Use "ERROR:4.2.2:450 mailbox full" instead." — a temporary reply with a permanent
 * enhanced status code (RFC 3463), which DSN-aware clients treat as a permanent failure.
 */
import type { SendmailCheck } from '../api';

export const accessErrorNoDsn: SendmailCheck = {
  code: 'access-error-no-dsn',
  doc: 'ERROR:4xx text without a D.S.N in the access map: sendmail sends "4xx 5.0.0", a permanent status code.',
  severity: 'warning',
  kinds: ['sendmail-map'],
  flavors: ['access'],
  run(ctx) {
    for (const e of ctx.map!.entries) {
      const m = /^ERROR:"?(4\d\d)\b/.exec(e.value);
      if (!m) continue;
      ctx.report({
        start: e.valueStart, end: e.valueEnd,
        message: `without a status code sendmail answers "${m[1]} 5.0.0 …": a temporary reply with a permanent status; write ERROR:4.x.x:${m[1]} (e.g. ERROR:4.2.2:${m[1]} for a full mailbox, 4.7.1 for a policy deferral)`,
        data: { code: m[1] },
      });
    }
  },
};
