/**
 * virtuser-domain-not-local: a virtusertable domain that is neither in class w (local-host-names,
 * sendmail.cw, `Cw` lines of sendmail.cf, LOCAL_DOMAIN) nor a VIRTUSER_DOMAIN. proto.m4 consults the
 * virtusertable only for those domains, so mail for this one is relayed elsewhere or refused
 * ("Relaying denied") — the entry never applies (DOMAIN.md §4). A cross-file check: it runs only
 * when the workspace shows where class w comes from (a local-host-names file, a .cf with Cw/Fw, an
 * .mc with use_cw_file or LOCAL_DOMAIN). Sample files (`virtusertable.sample`) are no host's
 * configuration and are not checked against it.
 *
 * genericstable: proto.m4's ruleset 93 looks a qualified address up only when its domain is in class
 * {G} (GENERICS_DOMAIN, GENERICS_DOMAIN_FILE / generics-domains, `CG`/`FG`; subdomains too with
 * FEATURE(`generics_entire_domain')) — not class w, cf/README "genericstable". A `user@domain` key
 * whose domain is outside class G never rewrites anything. Checked when the workspace shows class G.
 * Unqualified senders are looked up as `user@$j` (`*LOCAL*`), so a key in this host's own name (a
 * .cf's Dj, the setting) is used too.
 */
import type { SendmailCheck } from '../api';
import { acceptsDomain, genericsDomain } from '../workspace';

const base = (s: string): string => s.slice(Math.max(s.lastIndexOf('/'), s.lastIndexOf('\\')) + 1);

export const virtuserDomainNotLocal: SendmailCheck = {
  code: 'virtuser-domain-not-local',
  doc: 'A virtusertable domain that is not in class w (local-host-names, Cw) nor VIRTUSER_DOMAIN, or a genericstable domain not in class G: sendmail never applies the entry.',
  severity: 'warning',
  kinds: ['sendmail-map'],
  flavors: ['virtusertable', 'genericstable'],
  run(ctx) {
    const ws = ctx.workspace;
    if (!ws || /\.(sample|samples)$/i.test(ctx.file)) return;
    if (ctx.flavor === 'genericstable') {
      if (ws.classGSources.length === 0) return;
      const reported = new Set<string>();
      const where = ws.classGFiles[0];
      for (const e of ctx.map!.entries) {
        const at = e.key.lastIndexOf('@');
        if (at < 0) continue;
        const domain = e.key.slice(at + 1).replace(/\.$/, '');
        if (domain === '' || genericsDomain(ws, domain) || domain.toLowerCase() === ws.hostName?.name.toLowerCase()) continue;
        const first = !reported.has(domain.toLowerCase());
        reported.add(domain.toLowerCase());
        ctx.report({
          start: e.keyStart, end: e.keyEnd,
          message: `${domain} is not in class G (${ws.classGSources.map(base).join(', ')}): sendmail looks up only addresses of class G domains in the genericstable, so this entry never rewrites a sender${first ? (where ? ` — add ${domain} to ${base(where)}` : ` — add GENERICS_DOMAIN(\`${domain}') to the .mc`) : ''}`,
          data: where ? { domain, addTo: where, className: 'G' } : { domain },
        });
      }
      return;
    }
    if (ws.classWSources.length === 0) return;
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
        message: `${domain} is not in class w (${ws.classWSources.map(base).join(', ')}) nor a VIRTUSER_DOMAIN: sendmail never looks up this entry, mail for ${domain} is relayed or refused ("Relaying denied")${first && where ? ` — add ${domain} to ${base(where)}` : ''}`,
        data: where ? { domain, addTo: where } : { domain },
      });
    }
  },
};
