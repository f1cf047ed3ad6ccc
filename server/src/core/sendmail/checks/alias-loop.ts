/**
 * alias-loop: aliases that expand into each other (a: b, b: a). sendmail breaks the loop at delivery
 * time and the mail goes nowhere ("aliasing/forwarding loop broken"). An alias naming itself
 * (root: root, other) is sendmail's self-reference idiom (delivered to the mailbox) and not reported.
 */
import type { SendmailCheck } from '../api';
import type { Alias } from '../aliases';

export const aliasLoop: SendmailCheck = {
  code: 'alias-loop',
  doc: 'Aliases that expand into each other (a: b, b: a): the mail is delivered nowhere.',
  severity: 'warning',
  kinds: ['sendmail-aliases'],
  run(ctx) {
    const byKey = new Map<string, Alias>();
    for (const a of ctx.aliases!.aliases) byKey.set(a.key, a); // the last definition wins, as in newaliases
    const next = (a: Alias): string[] => a.items.filter((i) => i.kind === 'local' && i.target !== a.key && byKey.has(i.target)).map((i) => i.target);
    const state = new Map<string, 1 | 2>(); // 1 on the stack, 2 done
    const reported = new Set<string>();
    const stack: string[] = [];
    const visit = (k: string): void => {
      state.set(k, 1);
      stack.push(k);
      for (const n of next(byKey.get(k)!)) {
        if (state.get(n) === 1) {
          const cycle = stack.slice(stack.indexOf(n));
          const id = [...cycle].sort().join(' ');
          if (!reported.has(id)) {
            reported.add(id);
            const first = cycle.map((c) => byKey.get(c)!).sort((x, y) => x.line - y.line)[0];
            const names = [...cycle, n].map((c) => byKey.get(c)!.name).join(' → ');
            ctx.report({ start: first.nameStart, end: first.nameEnd, message: `alias loop ${names}: sendmail breaks it at delivery ("aliasing/forwarding loop broken") and the mail reaches no mailbox` });
          }
        } else if (state.get(n) === undefined) visit(n);
      }
      stack.pop();
      state.set(k, 2);
    };
    for (const k of byKey.keys()) if (!state.has(k)) visit(k);
  },
};
