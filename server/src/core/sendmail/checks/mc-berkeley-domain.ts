/**
 * mc-berkeley-domain: DOMAIN() of one of the Berkeley sample domain files (CS.Berkeley.EDU,
 * EECS.Berkeley.EDU, S2K.Berkeley.EDU, Berkeley.EDU, berkeley-only). They include
 * cf/domain/berkeley-only.m4, which stops the build: "*** ERROR: You are trying to use the Berkeley
 * sample configuration files outside of the Computer Science Division at Berkeley." — the sample
 * .mc files of sendmail's cf/cf must be given a domain file of your own.
 */
import type { SendmailCheck } from '../api';

const BERKELEY = new Set(['berkeley.edu', 'cs.berkeley.edu', 'eecs.berkeley.edu', 's2k.berkeley.edu', 'berkeley-only']);

export const mcBerkeleyDomain: SendmailCheck = {
  code: 'mc-berkeley-domain',
  doc: 'DOMAIN() of a Berkeley sample domain file: m4 reports "*** ERROR: You are trying to use the Berkeley sample configuration files".',
  severity: 'error',
  kinds: ['sendmail-mc'],
  run(ctx) {
    for (const c of ctx.mc!.calls) {
      if (c.name !== 'DOMAIN' || c.args.length === 0) continue;
      const a = c.args[0];
      if (!BERKELEY.has(a.value.trim().toLowerCase())) continue;
      ctx.report({ start: a.start, end: a.end, message: `DOMAIN(${a.value.trim()}) is a Berkeley sample: m4 reports "*** ERROR: You are trying to use the Berkeley sample configuration files outside of the Computer Science Division at Berkeley"; write a cf/domain file for your site (or use DOMAIN(generic))` });
    }
  },
};
