/**
 * The terms of the e-mail policy records published in TXT strings, for hovers. Data only.
 *
 * Sources: RFC 7208 (SPF) §4.6.2, §5, §6; RFC 7489 (DMARC) §6.3; RFC 6376 (DKIM) §3.6.1;
 * RFC 8463 (ed25519 DKIM keys).
 */

export const SPF_QUALIFIERS: Readonly<Record<string, string>> = {
  '+': 'pass (the default when no qualifier is written)',
  '-': 'fail: the sender is not authorised; receivers may reject',
  '~': 'softfail: probably not authorised; accept but mark',
  '?': 'neutral: no statement',
};

export const SPF_TERMS: Readonly<Record<string, string>> = {
  'v=spf1': 'The SPF version tag: this TXT record is an SPF policy (RFC 7208 §4.5). It must come first, and a name may have only one SPF record.',
  all: 'Matches every sender; put it last — its qualifier is the policy for everyone not matched before (`-all` reject, `~all` soft fail) (RFC 7208 §5.1).',
  include: 'Evaluates the SPF record of another domain and matches if that gives pass (the domain\'s authorised senders are authorised here too). Costs one of the 10 DNS lookups (RFC 7208 §5.2).',
  a: 'Matches if the sender\'s IP is an address (A/AAAA) of the domain (the current one, or :domain), optionally within /cidr4 //cidr6. One DNS lookup (RFC 7208 §5.3).',
  mx: 'Matches if the sender\'s IP is an address of one of the domain\'s MX hosts. One DNS lookup, plus at most 10 MX names (RFC 7208 §5.4).',
  ptr: 'Matches if the sender\'s reverse DNS name (validated) ends in the domain. Slow and unreliable: "SHOULD NOT be used" (RFC 7208 §5.5).',
  ip4: 'Matches if the sender\'s IPv4 address is in the network (address or address/prefix) (RFC 7208 §5.6).',
  ip6: 'Matches if the sender\'s IPv6 address is in the network (RFC 7208 §5.6).',
  exists: 'Matches if the domain (usually built with macros) has an A record, whatever the address. One DNS lookup (RFC 7208 §5.7).',
  redirect: 'When no mechanism matched, use the SPF record of this domain instead (it replaces this record\'s result). Ignored when the record has an `all`. One DNS lookup (RFC 7208 §6.1).',
  exp: 'A domain whose TXT record explains a fail result to the sender (RFC 7208 §6.2).',
};

export const DMARC_TAGS: Readonly<Record<string, string>> = {
  v: 'Version: must be `DMARC1` and the first tag (RFC 7489 §6.3).',
  p: 'Policy for the domain: `none` (monitor only), `quarantine` (treat as suspicious), `reject`. Required, right after v= (RFC 7489 §6.3).',
  sp: 'Policy for subdomains; defaults to p= (RFC 7489 §6.3).',
  pct: 'Percentage of failing messages the policy applies to, 0–100; default 100 (RFC 7489 §6.3).',
  rua: 'Where aggregate reports are sent: comma-separated URIs, e.g. mailto:dmarc@example.com. A domain outside this one must authorise it (RFC 7489 §7.1).',
  ruf: 'Where failure (forensic) reports are sent: comma-separated URIs (RFC 7489 §6.3).',
  adkim: 'DKIM identifier alignment: `r` relaxed (same organisational domain, the default) or `s` strict (exact domain) (RFC 7489 §3.1.1).',
  aspf: 'SPF identifier alignment: `r` relaxed (default) or `s` strict (RFC 7489 §3.1.2).',
  fo: 'Failure reporting options: 0 = report when all mechanisms fail (default), 1 = when any fails, d = DKIM failure, s = SPF failure; colon-separated (RFC 7489 §6.3).',
  rf: 'Format of failure reports: `afrf` (RFC 7489 §6.3).',
  ri: 'Requested interval between aggregate reports, in seconds; default 86400 (RFC 7489 §6.3).',
};

export const DKIM_TAGS: Readonly<Record<string, string>> = {
  v: 'Version: `DKIM1`; if present it must be first (RFC 6376 §3.6.1).',
  k: 'Key type: `rsa` (default) or `ed25519` (RFC 8463) (RFC 6376 §3.6.1).',
  p: 'The public key, base64. Empty means the key has been revoked (RFC 6376 §3.6.1).',
  h: 'Acceptable hash algorithms, colon-separated (sha256); default all (RFC 6376 §3.6.1).',
  s: 'Service types the key applies to: `email` or `*` (default) (RFC 6376 §3.6.1).',
  t: 'Flags, colon-separated: `y` = testing mode (treat as unsigned), `s` = the i= domain must equal d= exactly (RFC 6376 §3.6.1).',
  n: 'Notes for humans; ignored by verifiers (RFC 6376 §3.6.1).',
  g: 'Granularity of the key (obsolete, RFC 4871); ignored today.',
};
