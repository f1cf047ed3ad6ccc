/**
 * mc-no-ostype: an .mc that builds a full configuration (it includes cf.m4 or uses FEATURE/MAILER)
 * with no OSTYPE(). proto.m4 reports "*** ERROR: No system type defined (use OSTYPE macro)" and the
 * paths and mailer flags stay at their generic defaults. OSTYPE(`unknown') gets its own m4 error
 * ("You have not specified a valid operating system type").
 */
import type { SendmailCheck } from '../api';

export const mcNoOstype: SendmailCheck = {
  code: 'mc-no-ostype',
  doc: 'No OSTYPE() (or OSTYPE(unknown)) in an .mc that builds a configuration: m4 reports an error.',
  severity: 'error',
  kinds: ['sendmail-mc'],
  run(ctx) {
    const calls = ctx.mc!.calls;
    const ostype = calls.find((c) => c.name === 'OSTYPE');
    if (ostype) {
      const a = ostype.args[0];
      if (a && a.value.trim() === 'unknown') ctx.report({ start: a.start, end: a.end, message: 'OSTYPE(unknown) is the placeholder of the prototype files: m4 reports "*** ERROR: You have not specified a valid operating system type"; name your system (linux, freebsd6, solaris11, debian…)' });
      return;
    }
    if (ctx.mc!.unclosedQuote !== undefined || ctx.mc!.unclosedCall !== undefined) return;
    const full = calls.some((c) => (c.name === 'include' && /cf\.m4/.test(c.args[0]?.value ?? '')) || c.name === 'MAILER');
    if (!full) return;
    // An included file of the site's own (not cf.m4) may set OSTYPE: say so.
    const other = calls.find((c) => (c.name === 'include' || c.name === 'sinclude') && !/cf\.m4/.test(c.args[0]?.value ?? ''));
    ctx.report({ start: 0, end: 0, ...(other ? { severity: 'warning' as const } : {}), message: `no OSTYPE(): m4 reports "*** ERROR: No system type defined (use OSTYPE macro)"${other ? ` unless ${other.args[0]?.value ?? 'an included file'} defines it` : ''}; add e.g. OSTYPE(\`linux')dnl after the include of cf.m4` });
  },
};
