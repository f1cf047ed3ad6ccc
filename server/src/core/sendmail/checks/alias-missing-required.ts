/**
 * alias-missing-required: the aliases file defines no `postmaster` or no `MAILER-DAEMON`. RFC 5321
 * §4.5.1 requires every SMTP server to accept mail for postmaster; sendmail sends its bounces from
 * MAILER-DAEMON, so replies to bounces go there. Reported once at the top of the file.
 */
import type { SendmailCheck } from '../api';

export const aliasMissingRequired: SendmailCheck = {
  code: 'alias-missing-required',
  doc: 'The aliases file has no postmaster (RFC 5321 §4.5.1) or no MAILER-DAEMON alias.',
  severity: 'warning',
  kinds: ['sendmail-aliases'],
  run(ctx) {
    const keys = new Set(ctx.aliases!.aliases.map((a) => a.key));
    for (const p of ctx.aliases!.problems) if (p.detail) keys.add(p.detail.toLowerCase()); // defined, if badly: reported by another check
    if (!keys.has('postmaster')) ctx.report({ start: 0, end: 0, message: 'no postmaster alias: RFC 5321 §4.5.1 requires every mail domain to accept mail for postmaster; add "postmaster: root"', data: { name: 'postmaster', target: 'root' } });
    if (!keys.has('mailer-daemon')) ctx.report({ start: 0, end: 0, message: 'no MAILER-DAEMON alias: sendmail sends bounces from MAILER-DAEMON, so replies to them are lost; add "MAILER-DAEMON: postmaster"', data: { name: 'MAILER-DAEMON', target: 'postmaster' } });
  },
};
