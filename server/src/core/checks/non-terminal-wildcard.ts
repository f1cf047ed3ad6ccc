/**
 * `non-terminal-wildcard`: an owner name with a `*` label that is not its leftmost label
 * (`foo.*.example.com.`). Only a leftmost `*` makes a wildcard (RFC 4592 §2.1.1); anywhere else it
 * is an ordinary label that matches only a literal `*` in a query, which is almost never what was
 * meant. named-checkzone warns: "ownername '…' contains an non-terminal wildcard" (BIND's
 * `dns_name_internalwildcard`: any label but the first that is exactly the one octet `*`, written
 * `*`, `\*` or `\042`). Like BIND, only owner names are checked, once per written owner.
 */
import type { Check } from './api';
import { ownerRange } from './api';
import { NOT_HOST_NAME_BIT } from '../model';

/** True when a label other than the first is exactly `*` (canonical key: escapes of `*` are decoded). */
export function hasInternalWildcard(key: string): boolean {
  for (let i = key.indexOf('.*.'); i >= 0; i = key.indexOf('.*.', i + 1)) {
    // The dot must be a label separator, not an escaped dot (`a\.*.b.` is the label `a.*`).
    let backslashes = 0;
    for (let j = i - 1; j >= 0 && key.charCodeAt(j) === 92; j--) backslashes++;
    if (backslashes % 2 === 0) return true;
  }
  return false;
}

export const nonTerminalWildcard: Check = {
  code: 'non-terminal-wildcard',
  doc: "An owner name with a '*' label that is not the leftmost label: a literal label, not a wildcard (RFC 4592 §2.1.1).",
  severity: 'warning',
  run(ctx) {
    const { model } = ctx;
    // Names, not records: the (rare) flagged names are then looked up for their records.
    for (let n = 0; n < model.nameCount; n++) {
      // A '*' label that is not the first makes the name no host name, which the parser found
      // (the mask's NOT_HOST_NAME_BIT): the keys of host names are not read.
      if ((model.nameTypes(n) & NOT_HOST_NAME_BIT) === 0) continue;
      const key = model.nameKey(n);
      // A one-character search first: most names have no '*' at all.
      if (key.indexOf('*') < 0 || !hasInternalWildcard(key)) continue;
      const records = model.at(key);
      records.forEach((r, i) => {
        // BIND warns where an owner is written; a name whose owner is always inherited still gets one.
        if (r.ownerEnd === r.ownerStart && i > 0) return;
        ctx.report({
          code: 'non-terminal-wildcard',
          message: `owner ${r.owner} has a '*' label that is not the leftmost label: it is a literal '*', not a wildcard (RFC 4592 §2.1.1; only a leading '*.' matches other names)`,
          ...ownerRange(r),
        });
      });
    }
  },
};
