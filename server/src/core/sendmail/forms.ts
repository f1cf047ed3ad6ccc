/**
 * Shared readers of sendmail values: `error:` right-hand sides (virtusertable, mailertable, aliases),
 * access-map ERROR: values, host names and IP networks as class files and access keys hold them.
 * Sources: sendmail 8.17 cf/m4/proto.m4 (how the rules take the values apart), cf/README (access
 * map values), RFC 3463 (enhanced status codes), RFC 5321 §4.2 (reply codes).
 */

/** The sysexits names the error mailer takes in place of a DSN (`error:nouser text`). */
export const SYSEXITS_NAMES: ReadonlySet<string> = new Set([
  'usage', 'dataerr', 'noinput', 'nouser', 'nohost', 'unavailable', 'software', 'oserr', 'osfile',
  'cantcreat', 'ioerr', 'tempfail', 'protocol', 'noperm', 'config',
]);

const DSN = /^[245]\.\d{1,3}\.\d{1,3}$/;

/**
 * What is wrong with an `error:` right-hand side (`error:D.S.N:CODE text`, `error:CODE text`,
 * `error:nouser text`), or undefined when it is well-formed. `rest` is the text after `error:`.
 */
export function errorRhsProblem(rest: string): string | undefined {
  const r = rest.trim();
  if (r === '') return 'nothing after error: — write error:D.S.N:CODE text, e.g. error:5.1.1:550 User unknown';
  const dsnForm = /^([^:\s]+):\s*"?(\S*)/.exec(r);
  if (dsnForm && /^\d/.test(dsnForm[1]) && dsnForm[1].includes('.')) {
    const dsn = dsnForm[1];
    if (!DSN.test(dsn)) return `'${dsn}' is not an enhanced status code D.S.N (RFC 3463: class 2, 4 or 5, then two numbers, e.g. 5.1.1)`;
    if (dsn[0] === '2') return `the status code ${dsn} is a success code; an error needs class 4 (temporary) or 5 (permanent)`;
    const code = dsnForm[2];
    if (!/^[45]\d\d$/.test(code)) return `after ${dsn}: comes the SMTP reply code, 4xx or 5xx (e.g. ${dsn}:${dsn[0]}50 text), not '${code}'`;
    if (code[0] !== dsn[0]) return `the reply code ${code} and the status code ${dsn} disagree (${code[0]}xx with ${dsn[0]}.x.x): use the same class`;
    return undefined;
  }
  const word = /^"?([^\s"]+)/.exec(r)?.[1] ?? '';
  if (/^\d+$/.test(word)) {
    if (/^[45]\d\d$/.test(word)) return undefined;
    return `'${word}' is not a 4xx or 5xx SMTP reply code`;
  }
  if (SYSEXITS_NAMES.has(word.toLowerCase())) return undefined;
  return `'${word}' is neither a status code D.S.N, an SMTP reply code nor a sysexits name (nouser, nohost, unavailable, tempfail…)`;
}

/** A host or domain name as class w, relay-domains and the maps' domain parts hold them (LDH labels, `_` tolerated). */
export function isHostName(s: string): boolean {
  const t = s.endsWith('.') ? s.slice(0, -1) : s;
  if (t === '' || t.length > 253) return false;
  for (const label of t.split('.')) {
    if (label === '' || label.length > 63) return false;
    if (!/^[A-Za-z0-9_](?:[A-Za-z0-9_-]*[A-Za-z0-9_])?$/.test(label)) return false;
  }
  return true;
}

/** An IPv4 address or network prefix as access and relay-domains take them: 1 to 4 dotted octets. */
export function isIPv4Prefix(s: string): boolean {
  const parts = s.split('.');
  return parts.length >= 1 && parts.length <= 4 && parts.every((p) => /^\d{1,3}$/.test(p) && Number(p) <= 255);
}

/** `IPv6:` followed by hex groups (a prefix or a full address), as access keys write IPv6. */
export function isIPv6Tagged(s: string): boolean {
  if (!/^IPv6:/i.test(s)) return false;
  const a = s.slice(5);
  return a !== '' && /^[0-9A-Fa-f:.]+$/.test(a) && a.split(':').every((g) => g.length <= 4 || g.includes('.'));
}

/** A class member that names this host or a network: a host name, an IPv4 prefix, `[address]`, `IPv6:…`. */
export function isHostOrNetwork(s: string): boolean {
  if (s.startsWith('[') && s.endsWith(']')) return isIPv4Prefix(s.slice(1, -1)) || isIPv6Tagged(s.slice(1, -1)) || /^[0-9A-Fa-f:.]+$/.test(s.slice(1, -1));
  return isHostName(s) || isIPv4Prefix(s) || isIPv6Tagged(s);
}

/**
 * Corrected forms of a malformed `error:` right-hand side (`rest` is the text after `error:`), for
 * the map-error-rhs quick fix: each is a title and the new `rest`, which errorRhsProblem accepts.
 * The SMTP reply code is what the sending client acts on (4xx: retry, 5xx: bounce), so where the two
 * codes disagree the status code's class follows the reply code first. Empty when there is no
 * confident correction (nothing after `error:`, an unknown word).
 */
export function errorRhsCorrections(rest: string): { title: string; rest: string }[] {
  const lead = /^\s*/.exec(rest)![0];
  const r = rest.slice(lead.length);
  const out: { title: string; rest: string }[] = [];
  const add = (title: string, fixed: string): void => {
    if (errorRhsProblem(fixed) === undefined && !out.some((o) => o.rest === lead + fixed)) out.push({ title, rest: lead + fixed });
  };
  const dsnForm = /^([^:\s]+):(\s*"?)(\S*)/.exec(r);
  if (dsnForm && /^\d/.test(dsnForm[1]) && dsnForm[1].includes('.')) {
    const [whole, dsn, gap, code] = dsnForm;
    const tail = r.slice(whole.length);
    const codeOk = /^[45]\d\d$/.test(code);
    const withDsn = (d: string): string => `${d}:${gap}${code}${tail}`;
    if (!DSN.test(dsn) || dsn[0] === '2') {
      if (!codeOk) return out;
      const parts = dsn.split('.');
      // 5.1:550 → 5.1.0; anything else → the reply code's class with the undefined-status detail.
      const fixed = parts.length === 2 && /^\d{1,3}$/.test(parts[1]) && parts[0] === code[0] ? `${dsn}.0` : DSN.test(dsn) ? `${code[0]}${dsn.slice(1)}` : `${code[0]}.0.0`;
      add(`Use the status code ${fixed} (class ${code[0]}, as the reply code ${code})`, withDsn(fixed));
      return out;
    }
    if (!codeOk) {
      if (/^\d+$/.test(code)) {
        const c = code.length === 3 ? `${dsn[0]}${code.slice(1)}` : `${dsn[0]}50`;
        add(`Use the reply code ${c} (class ${dsn[0]}, as the status code ${dsn})`, `${dsn}:${gap}${c}${tail}`);
      } else {
        // error:5.1.1:User unknown — the reply code is missing.
        add(`Add the reply code ${dsn[0]}50`, `${dsn}:${gap}${dsn[0]}50 ${code}${tail}`);
      }
      return out;
    }
    if (code[0] !== dsn[0]) {
      add(`Use the status code ${code[0]}${dsn.slice(1)} (as the reply code ${code}: ${code[0] === '4' ? 'temporary' : 'permanent'})`, withDsn(`${code[0]}${dsn.slice(1)}`));
      add(`Use the reply code ${dsn[0]}${code.slice(1)} (as the status code ${dsn}: ${dsn[0] === '4' ? 'temporary' : 'permanent'})`, `${dsn}:${gap}${dsn[0]}${code.slice(1)}${tail}`);
    }
    return out;
  }
  const word = /^"?([^\s"]+)/.exec(r)?.[1] ?? '';
  const at = r.indexOf(word);
  if (DSN.test(word) && word[0] !== '2') {
    // error:5.1.1 User unknown — the ':CODE' after the status code is missing.
    add(`Add the reply code ${word[0]}50 after ${word}`, `${r.slice(0, at + word.length)}:${word[0]}50${r.slice(at + word.length)}`);
  } else if (/^\d{3}$/.test(word)) {
    add(`Use the reply code 5${word.slice(1)} (permanent)`, `${r.slice(0, at)}5${word.slice(1)}${r.slice(at + 3)}`);
    add(`Use the reply code 4${word.slice(1)} (temporary)`, `${r.slice(0, at)}4${word.slice(1)}${r.slice(at + 3)}`);
  }
  return out;
}
