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
