/**
 * virtuser-catch-all-rejects-postmaster: an `@domain error:…` catch-all with no `postmaster@domain`
 * line. The catch-all then rejects mail to postmaster@domain, which RFC 5321 §4.5.1 requires every
 * mail domain to accept (and abuse@, RFC 2142).
 */
import type { SendmailCheck } from '../api';

export const virtuserCatchAllRejectsPostmaster: SendmailCheck = {
  code: 'virtuser-catch-all-rejects-postmaster',
  doc: 'An @domain error: catch-all without a postmaster@domain line: mail to postmaster is rejected (RFC 5321 §4.5.1).',
  severity: 'warning',
  kinds: ['sendmail-map'],
  flavors: ['virtusertable'],
  run(ctx) {
    const keys = new Set(ctx.map!.entries.map((e) => e.key.toLowerCase()));
    for (const e of ctx.map!.entries) {
      if (!e.key.startsWith('@') || !/^error:/i.test(e.value)) continue;
      const domain = e.key.slice(1).toLowerCase();
      if (keys.has(`postmaster@${domain}`)) continue;
      ctx.report({
        start: e.keyStart, end: e.keyEnd,
        message: `the catch-all rejects every address of ${domain} not listed, postmaster@${domain} too (RFC 5321 §4.5.1 requires it); add a line "postmaster@${domain}  postmaster"`,
        data: { domain },
      });
    }
  },
};
