/**
 * `dmarc-syntax`: a TXT record at a `_dmarc.` name that is not a valid DMARC record (RFC 7489 §6.3,
 * §6.4): `v=DMARC1` must be the first tag and `p=` must follow; policies are none, quarantine or
 * reject; `pct` 0–100; `adkim`/`aspf` r or s; `rua`/`ruf` comma lists of URIs (mailto:…, with an
 * optional !size); `fo` colon list of 0, 1, d, s; `ri` a number. Receivers ignore an invalid record,
 * as if the domain published no DMARC policy. Unknown tags are allowed (RFC 7489 §6.3).
 */
import type { Check } from './api';
import type { TxtRdata } from '../rdata/api';

export function dmarcProblems(text: string): string[] {
  const problems: string[] = [];
  const parts = text.split(';').map((p) => p.trim());
  if (parts[parts.length - 1] === '') parts.pop();
  const tags: [string, string][] = [];
  for (const p of parts) {
    const m = /^([A-Za-z0-9]+)\s*=\s*(.*)$/.exec(p);
    if (!m) { problems.push(`'${p}' is not a tag=value pair`); continue; }
    tags.push([m[1].toLowerCase(), m[2].trim()]);
  }
  if (tags.length === 0 || tags[0][0] !== 'v' || tags[0][1] !== 'DMARC1') problems.push("the record must start with 'v=DMARC1'");
  const p = tags.find(([k]) => k === 'p');
  if (!p) problems.push("'p=' (the policy: none, quarantine or reject) is required");
  else if (tags[1]?.[0] !== 'p') problems.push("'p=' must come right after 'v=DMARC1'");
  const seen = new Set<string>();
  for (const [k, v] of tags) {
    if (seen.has(k)) problems.push(`'${k}=' appears twice`);
    seen.add(k);
    switch (k) {
      case 'p': case 'sp':
        if (!/^(none|quarantine|reject)$/i.test(v)) problems.push(`${k}=${v}: the policy is none, quarantine or reject`);
        break;
      case 'pct':
        if (!/^[0-9]{1,3}$/.test(v) || Number(v) > 100) problems.push(`pct=${v}: a percentage 0–100`);
        break;
      case 'adkim': case 'aspf':
        if (!/^[rs]$/i.test(v)) problems.push(`${k}=${v}: r (relaxed) or s (strict)`);
        break;
      case 'rua': case 'ruf':
        for (const u of v.split(',').map((x) => x.trim())) {
          if (!/^[A-Za-z][A-Za-z0-9+.-]*:[^\s!]+(![0-9]+[kmgt]?)?$/i.test(u)) problems.push(`${k}: '${u}' is not a report URI (like mailto:dmarc@example.com)`);
        }
        break;
      case 'fo':
        if (!/^[01ds](:[01ds])*$/i.test(v)) problems.push(`fo=${v}: a colon list of 0, 1, d, s`);
        break;
      case 'ri':
        if (!/^[0-9]+$/.test(v)) problems.push(`ri=${v}: a number of seconds`);
        break;
      case 'rf':
        if (!/^[A-Za-z0-9-]+(:[A-Za-z0-9-]+)*$/.test(v)) problems.push(`rf=${v}: a colon list of report formats (afrf)`);
        break;
    }
  }
  return problems;
}

export const dmarcSyntax: Check = {
  code: 'dmarc-syntax',
  doc: 'A TXT record at a _dmarc name that is not a valid DMARC record (RFC 7489).',
  severity: 'warning',
  run(ctx) {
    for (const r of ctx.model.ofType(16)) {
      // '_dmarc.…' is no host name, which the parser noted in the record: host names' keys are not read.
      if (r.ownerHostName || r.key.charCodeAt(0) !== 95 || !r.key.startsWith('_dmarc.')) continue;
      const strings = (r.rdata as TxtRdata | undefined)?.strings;
      if (!strings) continue;
      const text = strings.join('');
      // Only records meant as DMARC (other TXT records at _dmarc are ignored by receivers).
      if (!/^\s*v\s*=\s*dmarc/i.test(text)) continue;
      const problems = dmarcProblems(text);
      if (problems.length === 0) continue;
      ctx.report({
        code: 'dmarc-syntax',
        message: `DMARC record of ${r.owner}: ${problems.join('; ')} — receivers ignore an invalid record (RFC 7489 §6.6.3)`,
        file: r.file, start: r.rdataStart, end: r.rdataEnd,
      });
    }
  },
};
