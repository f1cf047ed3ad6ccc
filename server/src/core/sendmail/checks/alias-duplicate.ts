/**
 * alias-duplicate: an alias name defined twice (names are case-insensitive). newaliases warns
 * ("Warning: duplicate alias name") and keeps only the last definition.
 */
import type { SendmailCheck } from '../api';

export const aliasDuplicate: SendmailCheck = {
  code: 'alias-duplicate',
  doc: 'An alias defined twice: newaliases keeps only the last ("duplicate alias name").',
  severity: 'warning',
  kinds: ['sendmail-aliases'],
  run(ctx) {
    const seen = new Map<string, number>();
    for (const a of ctx.aliases!.aliases) {
      const first = seen.get(a.key);
      seen.set(a.key, a.line);
      if (first === undefined) continue;
      ctx.report({ start: a.nameStart, end: a.nameEnd, message: `'${a.name}' is already defined on line ${first + 1}: newaliases keeps only this later one ("duplicate alias name ${a.key}"); merge the two lines`, data: { firstLine: first } });
    }
  },
};
