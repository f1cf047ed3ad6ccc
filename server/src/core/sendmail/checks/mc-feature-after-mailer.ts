/** mc-feature-after-mailer: FEATURE() after a MAILER(): cfhead.m4 reports "*** ERROR: FEATURE() should be before MAILER()". */
import type { SendmailCheck } from '../api';

export const mcFeatureAfterMailer: SendmailCheck = {
  code: 'mc-feature-after-mailer',
  doc: 'FEATURE() after MAILER(): m4 reports "*** ERROR: FEATURE() should be before MAILER()".',
  severity: 'error',
  kinds: ['sendmail-mc'],
  run(ctx) {
    const mailer = ctx.mc!.calls.find((c) => c.name === 'MAILER');
    if (!mailer) return;
    for (const c of ctx.mc!.calls) {
      if (c.name !== 'FEATURE' || c.start < mailer.start) continue;
      ctx.report({ start: c.start, end: c.nameEnd, message: `FEATURE after MAILER(${mailer.args[0]?.value ?? ''}): m4 reports "*** ERROR: FEATURE() should be before MAILER()" and the feature's rules may be missing — move the MAILER lines to the end` });
    }
  },
};
