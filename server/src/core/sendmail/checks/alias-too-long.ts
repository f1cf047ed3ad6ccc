/** alias-too-long: an alias (with its continuation lines) longer than newaliases' 8192-byte buffer ("alias too long"). */
import type { SendmailCheck } from '../api';
import { ALIAS_MAX_BYTES } from '../aliases';

export const aliasTooLong: SendmailCheck = {
  code: 'alias-too-long',
  doc: 'An alias longer than newaliases reads (8190 bytes with its continuation lines).',
  severity: 'error',
  kinds: ['sendmail-aliases'],
  run(ctx) {
    for (const p of ctx.aliases!.problems) {
      if (p.kind === 'too-long') ctx.report({ start: p.start, end: p.end, message: `the alias is ${p.detail} bytes; newaliases reads at most ${ALIAS_MAX_BYTES} ("alias too long") — move the addresses to an :include: file` });
    }
  },
};
