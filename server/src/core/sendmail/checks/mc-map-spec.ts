/**
 * mc-map-spec: a malformed map spec in the second argument of a map FEATURE (virtusertable,
 * genericstable, mailertable, access_db, domaintable, authinfo…): it becomes a K line of
 * sendmail.cf, `class [-flags] file`, and sendmail refuses an unknown class or a missing file at
 * start. cf/README (access_db): "If a second argument is specified it must contain the option -T<TMPF>".
 */
import type { SendmailCheck } from '../api';

const MAP_FEATURES = new Set(['virtusertable', 'genericstable', 'mailertable', 'access_db', 'domaintable', 'authinfo', 'bitdomain', 'uucpdomain']);
/** Map classes of sendmail 8.17/8.18 (sendmail/conf.c setupmaps, op.me "K"). */
const CLASSES = new Set(['hash', 'btree', 'dbm', 'cdb', 'ldap', 'nis', 'nisplus', 'hesiod', 'netinfo', 'text', 'sequence', 'switch', 'stab', 'implicit', 'user', 'host', 'program', 'regex', 'dns', 'socket', 'null', 'arith', 'macro', 'syslog', 'dequote', 'bestmx', 'userdb', 'ph', 'nsd', 'arpa']);
const FILE_CLASSES = new Set(['hash', 'btree', 'dbm', 'cdb', 'text', 'implicit']);

export const mcMapSpec: SendmailCheck = {
  code: 'mc-map-spec',
  doc: 'A malformed map spec in a map FEATURE: unknown map class (hash|btree|dbm|cdb|ldap…), no file, -T<TMPF> missing for access_db.',
  severity: 'error',
  kinds: ['sendmail-mc'],
  run(ctx) {
    for (const c of ctx.mc!.calls) {
      if (c.name !== 'FEATURE' || c.args.length < 2) continue;
      const feature = c.args[0].value.trim();
      if (!MAP_FEATURES.has(feature)) continue;
      const a = c.args[1];
      const spec = a.value.trim();
      if (spec === '' || spec === 'LDAP' || /[`$]|_/.test(spec.split(/\s+/)[0])) continue; // default, LDAP default, or an m4 expression
      const words = spec.split(/\s+/);
      const cls = words[0];
      let problem: string | undefined;
      let severity: 'warning' | undefined;
      if (cls.startsWith('/')) problem = `the map spec starts with a file name: write the map class first, e.g. \`hash ${spec}'`;
      else if (!CLASSES.has(cls.toLowerCase())) problem = `'${cls}' is not a sendmail map class (hash, btree, dbm, cdb, ldap, nis, text, sequence…): sendmail cannot open the map`;
      else if (FILE_CLASSES.has(cls) && !words.slice(1).some((w) => !w.startsWith('-'))) problem = `a ${cls} map needs a file: \`${cls} -o /etc/mail/${feature.replace('_db', '')}'`;
      else if (feature === 'access_db' && !words.includes('-T<TMPF>')) { problem = 'the access_db map spec must contain -T<TMPF> (cf/README; m4: "WARNING: missing -T<TMPF>"): without it a temporary lookup failure is not a temporary error'; severity = 'warning'; }
      if (problem) ctx.report({ start: a.start, end: a.end, message: problem, ...(severity ? { severity } : {}) });
    }
  },
};
