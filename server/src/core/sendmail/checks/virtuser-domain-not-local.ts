/**
 * virtuser-domain-not-local: a virtusertable domain that is neither in class w (local-host-names,
 * sendmail.cw, `Cw` lines of sendmail.cf, LOCAL_DOMAIN) nor a VIRTUSER_DOMAIN. proto.m4 consults the
 * virtusertable only for those domains, so mail for this one is relayed elsewhere or refused
 * ("Relaying denied") — the entry never applies (DOMAIN.md §4). A cross-file check: it runs only
 * when the workspace shows where class w comes from (a local-host-names file, a .cf with Cw/Fw, an
 * .mc with use_cw_file or LOCAL_DOMAIN). Sample files (`virtusertable.sample`) are no host's
 * configuration and are not checked against it.
 */
import type { SendmailCheck } from '../api';
import { acceptsDomain } from '../workspace';

export const virtuserDomainNotLocal: SendmailCheck = {
  code: 'virtuser-domain-not-local',
  doc: 'A virtusertable domain that is not in class w (local-host-names, Cw) nor VIRTUSER_DOMAIN: sendmail never applies the entry.',
  severity: 'warning',
  kinds: ['sendmail-map'],
  flavors: ['virtusertable'],
  run(ctx) {
    const ws = ctx.workspace;
    if (!ws || ws.classWSources.length === 0 || /\.(sample|samples)$/i.test(ctx.file)) return;
    const reported = new Set<string>();
    for (const e of ctx.map!.entries) {
      const at = e.key.lastIndexOf('@');
      if (at < 0) continue;
      const domain = e.key.slice(at + 1).replace(/\.$/, '');
      if (domain === '' || acceptsDomain(ws, domain)) continue;
      const first = !reported.has(domain.toLowerCase());
      reported.add(domain.toLowerCase());
      const where = ws.classWFiles[0];
      ctx.report({
        start: e.keyStart, end: e.keyEnd,
        message: `${domain} is not in class w (${ws.classWSources.map((s) => s.slice(Math.max(s.lastIndexOf('/'), s.lastIndexOf('\\')) + 1)).join(', ')}) nor a VIRTUSER_DOMAIN: sendmail never looks up this entry, mail for ${domain} is relayed or refused ("Relaying denied")${first && where ? ` — add ${domain} to ${where.slice(Math.max(where.lastIndexOf('/'), where.lastIndexOf('\\')) + 1)}` : ''}`,
        data: where ? { domain, addTo: where } : { domain },
      });
    }
  },
};
