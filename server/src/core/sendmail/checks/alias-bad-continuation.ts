/**
 * alias-bad-continuation: a line starting with white space that continues nothing. After an empty
 * line newaliases rejects it ("Non-continuation line starts with space"); after a comment line it
 * silently belongs to the comment, so the addresses on it are lost (checked with Debian's sendmail -bi).
 */
import type { SendmailCheck } from '../api';

export const aliasBadContinuation: SendmailCheck = {
  code: 'alias-bad-continuation',
  doc: 'An indented aliases line that continues nothing: rejected after an empty line, silently ignored after a comment.',
  severity: 'error',
  kinds: ['sendmail-aliases'],
  run(ctx) {
    for (const p of ctx.aliases!.problems) {
      if (p.kind === 'bad-continuation') ctx.report({ start: p.start, end: p.end, message: 'this indented line continues nothing (an empty line is above it): newaliases rejects it ("Non-continuation line starts with space")' });
      else if (p.kind === 'comment-continuation') ctx.report({ start: p.start, end: p.end, severity: 'warning', message: 'this indented line follows a comment line, so newaliases takes it as part of the comment and ignores it: move it above the comment or start it in column 1' });
    }
  },
};
