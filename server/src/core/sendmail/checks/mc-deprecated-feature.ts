/** mc-deprecated-feature: a FEATURE that sendmail marks deprecated (its m4 file prints a WARNING), e.g. blacklist_recipients → blocklist_recipients. */
import type { SendmailCheck } from '../api';
import { DEPRECATED_FEATURES } from '../catalogue';
import { featureNames } from '../mc';

export const mcDeprecatedFeature: SendmailCheck = {
  code: 'mc-deprecated-feature',
  doc: 'A deprecated FEATURE (blacklist_recipients): m4 warns; use its replacement.',
  severity: 'warning',
  kinds: ['sendmail-mc'],
  run(ctx) {
    for (const { arg: a, name } of featureNames(ctx.mc!)) {
      const repl = Object.prototype.hasOwnProperty.call(DEPRECATED_FEATURES, name) ? DEPRECATED_FEATURES[name] : undefined;
      if (repl) ctx.report({ start: a.start, end: a.end, message: `FEATURE(${name}) is deprecated (m4: "WARNING: FEATURE(${name}) is deprecated"); use FEATURE(\`${repl}') — same behaviour`, data: { replacement: repl } });
    }
  },
};
