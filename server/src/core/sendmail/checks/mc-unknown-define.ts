/**
 * mc-unknown-define: define(`confNAME', …) where confNAME is not read by any of sendmail's m4 files:
 * the define does nothing (usually a typo, e.g. confMAX_HOPS for confMAX_HOP). The catalogue is
 * every conf… name in the cf tree (sendmail/catalogue.ts names its source). A name proto.m4 reads
 * only to warn that it is obsolete (confAUTO_REBUILD, confDAEMON_OPTIONS…) is reported with m4's warning.
 */
import type { SendmailCheck } from '../api';
import { CONF_NAMES, OBSOLETE_CONFS } from '../catalogue';
import { definesOf } from '../mc';

const KNOWN = new Set(CONF_NAMES);

export const mcUnknownDefine: SendmailCheck = {
  code: 'mc-unknown-define',
  doc: "define(`confX') of a conf… name no sendmail m4 file reads, or one m4 says is obsolete: the setting does nothing.",
  severity: 'warning',
  kinds: ['sendmail-mc'],
  run(ctx) {
    // A conf… name the file itself reads (ifdef(`confX', …)) is the site's own.
    const own = new Set<string>();
    for (const m of ctx.text.matchAll(/ifdef\(\s*`(conf[A-Za-z0-9_]+)'/g)) own.add(m[1]);
    for (const d of definesOf(ctx.mc!)) {
      if (Object.prototype.hasOwnProperty.call(OBSOLETE_CONFS, d.name)) {
        const a = d.call.args[0];
        ctx.report({ start: a.start, end: a.end, message: `m4: "WARNING: ${OBSOLETE_CONFS[d.name]}" — this define has no effect; remove it` });
        continue;
      }
      if (!/^conf[A-Z]/.test(d.name) || KNOWN.has(d.name) || own.has(d.name)) continue;
      const a = d.call.args[0];
      const near = CONF_NAMES.find((k) => k.replace(/_/g, '') === d.name.replace(/_/g, '') || k === d.name.replace(/S$/, '') || k + 'S' === d.name);
      ctx.report({ start: a.start, end: a.end, message: `'${d.name}' is not read by sendmail's m4 files: this define does nothing${near ? ` — did you mean ${near}?` : ''}`, data: near ? { replacement: near } : undefined });
    }
  },
};
