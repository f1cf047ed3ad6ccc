/**
 * mc-unknown-feature: FEATURE(name) with a name that is not one of sendmail's features. cfhead.m4
 * includes cf/feature/name.m4, so m4 fails ("cannot open …/feature/name.m4"). The catalogue is
 * sendmail's cf/feature directory (sendmail/catalogue.ts names its source).
 */
import type { SendmailCheck } from '../api';
import { FEATURES } from '../catalogue';
import { featureNames } from '../mc';

const KNOWN = new Set(FEATURES);

export const mcUnknownFeature: SendmailCheck = {
  code: 'mc-unknown-feature',
  doc: "FEATURE() of a name that is not in sendmail's cf/feature catalogue: m4 cannot include it.",
  severity: 'error',
  kinds: ['sendmail-mc'],
  run(ctx) {
    for (const { arg: a, name } of featureNames(ctx.mc!)) {
      if (name === '' || KNOWN.has(name) || /[`$]/.test(name)) continue;
      const near = [...KNOWN].find((k) => k.toLowerCase() === name.toLowerCase() || k === name.replace(/\.m4$/, '') || k.replace(/_/g, '') === name.replace(/[_-]/g, '').toLowerCase());
      ctx.report({ start: a.start, end: a.end, message: `'${name}' is not a sendmail FEATURE: m4 cannot open cf/feature/${name}.m4${near ? ` — did you mean ${near}?` : ''}`, data: near ? { replacement: near } : undefined });
    }
  },
};
