/**
 * What each resource record type is for and how its rdata is laid out, for hovers and completion
 * snippets. Data only, no logic.
 *
 * Source: the IANA "Resource Record (RR) TYPEs" registry (dns-parameters, as of 2025) for the
 * names, numbers and defining RFCs; the field layouts are the presentation formats of those RFCs
 * (and BIND's for the types whose RFC gives none). Every type of core/rrtypes.ts has an entry
 * (a unit test checks it).
 */

/**
 * How a field's value is explained in a hover. Most kinds are plain; the named ones have a table
 * (features/data/numbers.ts) or a rule (hover.ts).
 */
export type FieldKind =
  | 'name' | 'mbox' | 'ipv4' | 'ipv6' | 'u8' | 'u16' | 'u32' | 'string' | 'text' | 'base64' | 'hex' | 'base32hex'
  | 'mx-preference' | 'srv-priority' | 'srv-weight' | 'port'
  | 'soa-serial' | 'soa-refresh' | 'soa-retry' | 'soa-expire' | 'soa-minimum'
  | 'dnssec-algorithm' | 'ds-digest' | 'dnskey-flags' | 'dnskey-protocol' | 'key-tag' | 'type-covered' | 'labels' | 'ttl'
  | 'sig-time' | 'types'
  | 'sshfp-algorithm' | 'sshfp-type' | 'tlsa-usage' | 'tlsa-selector' | 'tlsa-matching'
  | 'caa-flags' | 'caa-tag' | 'caa-value' | 'cert-type'
  | 'nsec3-hash' | 'nsec3-flags' | 'nsec3-iterations' | 'salt'
  | 'zonemd-scheme' | 'zonemd-hash' | 'svc-priority' | 'svc-params' | 'other';

export interface FieldDoc {
  name: string;
  kind: FieldKind;
  doc: string;
  /** The field takes every remaining token (key data, strings, type bitmaps, parameters). */
  rest?: boolean;
}

export interface RRTypeDoc {
  /** What the type is for, one or two sentences. */
  summary: string;
  /** Defining RFCs (or other reference), first the main one. */
  rfc: string;
  fields: FieldDoc[];
  /** Obsolete / experimental / not for zone files, when it applies. */
  status?: string;
}

const f = (name: string, kind: FieldKind, doc: string, rest = false): FieldDoc => (rest ? { name, kind, doc, rest } : { name, kind, doc });

const HOST = (what: string) => f(what, 'name', `A domain name: the ${what}.`);
const PREF = f('preference', 'u16', 'Lower values are preferred.');
const DS_FIELDS = [
  f('key tag', 'key-tag', 'The key tag of the DNSKEY this record points at (RFC 4034 App. B).'),
  f('algorithm', 'dnssec-algorithm', 'The DNSSEC algorithm of that DNSKEY.'),
  f('digest type', 'ds-digest', 'The hash algorithm of the digest.'),
  f('digest', 'hex', 'The digest of the DNSKEY (owner name and rdata), in hex.', true),
];
const KEY_FIELDS = [
  f('flags', 'dnskey-flags', 'Key flags: 256 = zone-signing key, 257 = key-signing key (SEP bit set).'),
  f('protocol', 'dnskey-protocol', 'Always 3 for DNSSEC (RFC 4034 §2.1.2).'),
  f('algorithm', 'dnssec-algorithm', 'The DNSSEC algorithm of the key.'),
  f('public key', 'base64', 'The public key, in base64.', true),
];
const SIG_FIELDS = [
  f('type covered', 'type-covered', 'The type of the RRset this signature covers.'),
  f('algorithm', 'dnssec-algorithm', 'The algorithm of the signing key.'),
  f('labels', 'labels', 'Number of labels in the original owner name (less than the owner\'s when it was a wildcard).'),
  f('original TTL', 'ttl', 'The TTL of the covered RRset as it is in the zone.'),
  f('expiration', 'sig-time', 'The signature is not valid after this time (YYYYMMDDHHmmSS UTC or seconds since 1970).'),
  f('inception', 'sig-time', 'The signature is not valid before this time.'),
  f('key tag', 'key-tag', 'The key tag of the signing DNSKEY.'),
  f('signer', 'name', 'The zone whose key signed (the zone apex).'),
  f('signature', 'base64', 'The signature, in base64.', true),
];
const TLSA_FIELDS = [
  f('certificate usage', 'tlsa-usage', 'How the certificate data constrains the server\'s certificate.'),
  f('selector', 'tlsa-selector', 'Which part of the certificate is matched.'),
  f('matching type', 'tlsa-matching', 'How the data is presented: the content itself or a hash of it.'),
  f('certificate association data', 'hex', 'The certificate, key or hash, in hex.', true),
];
const TXT_FIELDS = [f('text', 'text', 'One or more character-strings (at most 255 octets each), joined without spaces by readers such as SPF and DKIM.', true)];
const SVCB_FIELDS = [
  f('priority', 'svc-priority', '0 = alias mode (the target is an alias of the owner); 1 and up = service mode, lower values preferred (RFC 9460 §2.4.1).'),
  f('target', 'name', 'The target name; `.` means the owner itself (service mode) or "no service" (alias mode).'),
  f('parameters', 'svc-params', 'SvcParams: key=value pairs such as alpn=h2,h3 port=8443 ipv4hint=… ech=… (RFC 9460 §7).', true),
];
const NSEC3_COMMON = [
  f('hash algorithm', 'nsec3-hash', 'The hash of the owner names: 1 = SHA-1.'),
  f('flags', 'nsec3-flags', 'Bit 1 = Opt-Out: insecure delegations may be left out of the chain (RFC 5155 §3.1.2.1).'),
  f('iterations', 'nsec3-iterations', 'Extra hash iterations; RFC 9276 says use 0.'),
  f('salt', 'salt', 'Salt in hex, or `-` for none; RFC 9276 says use none.'),
];

/** Every type of the IANA registry (those of core/rrtypes.ts), by mnemonic. */
export const RR_TYPE_DOCS: Readonly<Record<string, RRTypeDoc>> = {
  A: { summary: 'An IPv4 address of the owner name.', rfc: 'RFC 1035 §3.4.1', fields: [f('address', 'ipv4', 'An IPv4 address in dotted-quad form.')] },
  NS: { summary: 'An authoritative name server for the zone (at the apex) or a delegation to a child zone (below it).', rfc: 'RFC 1035 §3.3.11', fields: [HOST('name server')] },
  MD: { summary: 'Mail destination.', rfc: 'RFC 883', status: 'Obsolete (RFC 973): use MX.', fields: [HOST('mail agent host')] },
  MF: { summary: 'Mail forwarder.', rfc: 'RFC 883', status: 'Obsolete (RFC 973): use MX.', fields: [HOST('mail agent host')] },
  CNAME: {
    summary: 'The owner is an alias of the canonical name: resolvers restart the query at the target. A CNAME owner can have no other data (except DNSSEC records), and cannot be the zone apex.',
    rfc: 'RFC 1035 §3.3.1, RFC 2181 §10.1', fields: [HOST('canonical name')],
  },
  SOA: {
    summary: 'Start of authority: the zone\'s primary server, contact and the timers secondaries use. Exactly one, at the apex.',
    rfc: 'RFC 1035 §3.3.13, RFC 2308 (minimum)',
    fields: [
      f('mname', 'name', 'The primary name server of the zone (the source of the data; NOTIFY goes from it).'),
      f('rname', 'mbox', 'The mailbox of the person responsible, with the first unescaped dot standing for @ (hostmaster.example.com. = hostmaster@example.com).'),
      f('serial', 'soa-serial', 'The version of the zone: secondaries transfer the zone when it increases (RFC 1982 arithmetic).'),
      f('refresh', 'soa-refresh', 'How often secondaries check the serial.'),
      f('retry', 'soa-retry', 'How long secondaries wait before retrying a failed refresh.'),
      f('expire', 'soa-expire', 'How long secondaries keep answering when they cannot reach the primary.'),
      f('minimum', 'soa-minimum', 'The TTL of negative answers (NXDOMAIN/NODATA) — RFC 2308; no longer the default TTL.'),
    ],
  },
  MB: { summary: 'Mailbox domain name.', rfc: 'RFC 1035 §3.3.3', status: 'Experimental, obsolete in practice.', fields: [HOST('mailbox host')] },
  MG: { summary: 'Mail group member.', rfc: 'RFC 1035 §3.3.6', status: 'Experimental, obsolete in practice.', fields: [f('member', 'mbox', 'A mailbox that is a member of the group.')] },
  MR: { summary: 'Mail rename domain name.', rfc: 'RFC 1035 §3.3.8', status: 'Experimental, obsolete in practice.', fields: [f('new name', 'mbox', 'The mailbox that replaces the owner.')] },
  NULL: { summary: 'Anything at all, up to 65535 octets.', rfc: 'RFC 1035 §3.3.10', status: 'Experimental; not allowed in master files (write it as `\\# len hex`).', fields: [f('data', 'hex', 'Any data.', true)] },
  WKS: { summary: 'Well-known services of a host.', rfc: 'RFC 1035 §3.4.2', status: 'Obsolete (RFC 1123 §6.1.3.6): use SRV or nothing.', fields: [f('address', 'ipv4', 'The host\'s IPv4 address.'), f('protocol', 'other', 'tcp or udp (or a number).'), f('services', 'other', 'Service names or port numbers.', true)] },
  PTR: { summary: 'A pointer to another name; in reverse zones (in-addr.arpa, ip6.arpa), the host name of an address.', rfc: 'RFC 1035 §3.3.12', fields: [HOST('target name')] },
  HINFO: { summary: 'Host information: CPU and operating system. Also the answer to ANY queries under RFC 8482.', rfc: 'RFC 1035 §3.3.2, RFC 8482', fields: [f('cpu', 'string', 'The CPU type.'), f('os', 'string', 'The operating system.')] },
  MINFO: { summary: 'Mailbox or mail list information.', rfc: 'RFC 1035 §3.3.7', status: 'Experimental, obsolete in practice.', fields: [f('rmailbx', 'mbox', 'The mailbox responsible for the list.'), f('emailbx', 'mbox', 'The mailbox that receives errors.')] },
  MX: {
    summary: 'A mail exchanger for the owner name: where SMTP delivers mail for it.',
    rfc: 'RFC 1035 §3.3.9, RFC 5321 §5.1, RFC 7505 (null MX)',
    fields: [
      f('preference', 'mx-preference', 'Lower values are tried first; exchangers of equal preference are tried in random order.'),
      f('exchange', 'name', 'The host name of the mail server; it must have A/AAAA records and must not be a CNAME (RFC 2181 §10.3). `.` with preference 0 = the domain takes no mail (RFC 7505).'),
    ],
  },
  TXT: { summary: 'Free text; used by SPF (v=spf1), DKIM keys (v=DKIM1, at selector._domainkey), DMARC (v=DMARC1, at _dmarc), domain verification tokens, and more.', rfc: 'RFC 1035 §3.3.14, RFC 7208, RFC 6376, RFC 7489', fields: TXT_FIELDS },
  RP: { summary: 'The responsible person for the owner name.', rfc: 'RFC 1183 §2.2', fields: [f('mbox', 'mbox', 'The mailbox of the person (first dot = @), or `.`.'), f('txt', 'name', 'A name with TXT records giving more information, or `.`.')] },
  AFSDB: { summary: 'An AFS database or DCE server of a cell.', rfc: 'RFC 1183 §1, RFC 5864', status: 'Deprecated for AFS by RFC 5864 (use SRV).', fields: [f('subtype', 'u16', '1 = AFS volume location server, 2 = DCE/NCA authenticated name server.'), HOST('hostname')] },
  X25: { summary: 'An X.121 PSDN address.', rfc: 'RFC 1183 §3.1', status: 'Experimental, obsolete in practice.', fields: [f('PSDN address', 'string', 'The X.121 address (digits).')] },
  ISDN: { summary: 'An ISDN address.', rfc: 'RFC 1183 §3.2', status: 'Experimental, obsolete in practice.', fields: [f('ISDN address', 'string', 'The E.164 number.'), f('subaddress', 'string', 'Optional subaddress.')] },
  RT: { summary: 'Route through: an intermediate host for hosts without direct connectivity.', rfc: 'RFC 1183 §3.3', status: 'Experimental, obsolete in practice.', fields: [PREF, HOST('intermediate host')] },
  NSAP: { summary: 'An OSI NSAP address.', rfc: 'RFC 1706', status: 'Obsolete in practice.', fields: [f('NSAP', 'other', 'The address in hex, starting with 0x.')] },
  'NSAP-PTR': { summary: 'Reverse mapping for NSAP addresses.', rfc: 'RFC 1706', status: 'Obsolete in practice.', fields: [HOST('target name')] },
  SIG: { summary: 'The original DNSSEC signature; today only for SIG(0) transaction signatures.', rfc: 'RFC 2535, RFC 2931, RFC 3755', status: 'Obsolete in zones: DNSSEC uses RRSIG.', fields: SIG_FIELDS },
  KEY: { summary: 'A public key; today only for SIG(0) and TKEY, not DNSSEC zone keys.', rfc: 'RFC 2535, RFC 3445, RFC 3755', status: 'Obsolete for DNSSEC: use DNSKEY.', fields: KEY_FIELDS },
  PX: { summary: 'X.400/RFC 822 address mapping.', rfc: 'RFC 2163', status: 'Obsolete in practice.', fields: [PREF, HOST('map822'), HOST('mapx400')] },
  GPOS: { summary: 'Geographical position.', rfc: 'RFC 1712', status: 'Obsolete: use LOC.', fields: [f('longitude', 'string', 'Degrees, as text.'), f('latitude', 'string', 'Degrees, as text.'), f('altitude', 'string', 'Metres, as text.')] },
  AAAA: { summary: 'An IPv6 address of the owner name.', rfc: 'RFC 3596', fields: [f('address', 'ipv6', 'An IPv6 address (RFC 4291 text form; RFC 5952 is the canonical form).')] },
  LOC: { summary: 'The geographical location of the owner: latitude, longitude, altitude, size and precision.', rfc: 'RFC 1876', fields: [f('location', 'other', 'd [m [s]] N|S d [m [s]] E|W alt[m] [size[m] [hp[m] [vp[m]]]]', true)] },
  NXT: { summary: 'The original DNSSEC authenticated denial.', rfc: 'RFC 2535', status: 'Obsolete (RFC 3755): use NSEC.', fields: [HOST('next name'), f('types', 'types', 'Types present at the owner.', true)] },
  EID: { summary: 'Endpoint identifier (Nimrod).', rfc: 'draft (Nimrod routing)', status: 'Never standardised.', fields: [f('data', 'hex', 'Hex data.', true)] },
  NIMLOC: { summary: 'Nimrod locator.', rfc: 'draft (Nimrod routing)', status: 'Never standardised.', fields: [f('data', 'hex', 'Hex data.', true)] },
  SRV: {
    summary: 'The location of a service: the owner is _service._proto.name (e.g. _sip._tcp.example.com.).',
    rfc: 'RFC 2782',
    fields: [
      f('priority', 'srv-priority', 'Clients use the lowest priority they can reach first.'),
      f('weight', 'srv-weight', 'Among targets of equal priority, the share of the load each gets (0 = only when no other).'),
      f('port', 'port', 'The TCP/UDP port of the service.'),
      f('target', 'name', 'The host providing the service; it must have A/AAAA records and not be a CNAME. `.` = the service is not available here.'),
    ],
  },
  ATMA: { summary: 'An ATM address.', rfc: 'ATM Forum af-dans-0152.000', status: 'Obsolete in practice.', fields: [f('address', 'other', 'E.164 or NSAP form.')] },
  NAPTR: {
    summary: 'Naming authority pointer: rewrite rules (ENUM, SIP, S-NAPTR).', rfc: 'RFC 3403',
    fields: [
      f('order', 'u16', 'Rules are processed in increasing order.'),
      f('preference', 'u16', 'Among rules of equal order, lower values are preferred.'),
      f('flags', 'string', 'S (SRV lookup next), A (address lookup), U (the result is a URI), P (protocol-specific), or empty.'),
      f('services', 'string', 'The service(s) this rule applies to, e.g. E2U+sip, SIP+D2U.'),
      f('regexp', 'string', 'A substitution expression applied to the client\'s string (e.g. !^.*$!sip:info@example.com!).'),
      f('replacement', 'name', 'The next name to look up when there is no regexp, or `.`.'),
    ],
  },
  KX: { summary: 'Key exchanger: a host that negotiates keys for the owner (IPsec).', rfc: 'RFC 2230', fields: [PREF, HOST('exchanger')] },
  CERT: { summary: 'A certificate or certificate revocation list (PKIX, PGP …).', rfc: 'RFC 4398', fields: [f('type', 'cert-type', 'The certificate type.'), f('key tag', 'key-tag', 'The key tag of the key in the certificate, or 0.'), f('algorithm', 'dnssec-algorithm', 'The key\'s algorithm, or 0.'), f('certificate', 'base64', 'The certificate, in base64.', true)] },
  A6: { summary: 'IPv6 address with prefix chaining.', rfc: 'RFC 2874', status: 'Historic (RFC 6563): use AAAA.', fields: [f('prefix length', 'u8', '0–128.'), f('address suffix', 'ipv6', 'The address bits after the prefix.'), HOST('prefix name')] },
  DNAME: { summary: 'Redirects the whole subtree below the owner to the target (not the owner itself): x.owner → x.target.', rfc: 'RFC 6672', fields: [HOST('target')] },
  SINK: { summary: 'Kitchen sink.', rfc: 'draft-eastlake-kitchen-sink', status: 'Never standardised.', fields: [f('data', 'hex', 'Data.', true)] },
  OPT: { summary: 'EDNS(0) pseudo-record of DNS messages.', rfc: 'RFC 6891', status: 'A meta type: never in zone files.', fields: [] },
  APL: { summary: 'Lists of address prefixes.', rfc: 'RFC 3123', status: 'Experimental.', fields: [f('prefixes', 'other', '[!]afi:address/prefix items (1 = IPv4, 2 = IPv6; ! = negation).', true)] },
  DS: { summary: 'Delegation signer: in the parent zone, a hash of a child zone\'s key-signing DNSKEY — the link of the DNSSEC chain of trust.', rfc: 'RFC 4034 §5, RFC 4509', fields: DS_FIELDS },
  SSHFP: { summary: 'An SSH host key fingerprint, so clients can verify the host key through DNSSEC (VerifyHostKeyDNS).', rfc: 'RFC 4255, RFC 6594', fields: [f('algorithm', 'sshfp-algorithm', 'The host key algorithm.'), f('fingerprint type', 'sshfp-type', 'The hash of the fingerprint.'), f('fingerprint', 'hex', 'The fingerprint, in hex.', true)] },
  IPSECKEY: { summary: 'An IPsec gateway and public key for the owner.', rfc: 'RFC 4025', fields: [f('precedence', 'u8', 'Lower values are preferred.'), f('gateway type', 'u8', '0 = none, 1 = IPv4, 2 = IPv6, 3 = domain name.'), f('algorithm', 'u8', '0 = none, 1 = DSA, 2 = RSA, 3 = ECDSA.'), f('gateway', 'other', 'The gateway (`.` when none).'), f('public key', 'base64', 'The key, in base64.', true)] },
  RRSIG: { summary: 'A DNSSEC signature of one RRset.', rfc: 'RFC 4034 §3', fields: SIG_FIELDS },
  NSEC: { summary: 'DNSSEC authenticated denial: the next owner name in canonical order and the types present here.', rfc: 'RFC 4034 §4', fields: [HOST('next domain name'), f('types', 'types', 'The types present at the owner name.', true)] },
  DNSKEY: { summary: 'A DNSSEC public key of the zone (at the apex): zone-signing (256) or key-signing (257).', rfc: 'RFC 4034 §2', fields: KEY_FIELDS },
  DHCID: { summary: 'DHCP information: who owns a name updated by DHCP.', rfc: 'RFC 4701', fields: [f('digest', 'base64', 'Identifier type, digest type and digest, in base64.', true)] },
  NSEC3: { summary: 'DNSSEC hashed authenticated denial: the next hashed owner name and the types present.', rfc: 'RFC 5155 §3', fields: [...NSEC3_COMMON, f('next hashed owner', 'base32hex', 'The next hashed owner name, in base32hex.'), f('types', 'types', 'The types present at the original owner name.', true)] },
  NSEC3PARAM: { summary: 'The NSEC3 parameters the zone\'s authoritative servers use (at the apex).', rfc: 'RFC 5155 §4', fields: NSEC3_COMMON },
  TLSA: { summary: 'DANE: the certificate or key a TLS server at _port._proto.name must present.', rfc: 'RFC 6698, RFC 7218, RFC 7671', fields: TLSA_FIELDS },
  SMIMEA: { summary: 'DANE for S/MIME: the certificate of an e-mail address (owner: hash._smimecert.domain).', rfc: 'RFC 8162', fields: TLSA_FIELDS },
  HIP: { summary: 'Host Identity Protocol: the host identity tag, public key and rendezvous servers.', rfc: 'RFC 8005', fields: [f('algorithm', 'u8', 'The public key algorithm.'), f('HIT', 'hex', 'The host identity tag, in hex.'), f('public key', 'base64', 'The host identity, in base64.'), f('rendezvous servers', 'name', 'Optional rendezvous server names.', true)] },
  NINFO: { summary: 'Zone status information.', rfc: 'draft-reid-dnsext-zs', status: 'Never standardised.', fields: [f('text', 'text', 'Character-strings.', true)] },
  RKEY: { summary: 'Resource record key.', rfc: 'draft-reid-dnsext-rkey', status: 'Never standardised.', fields: KEY_FIELDS },
  TALINK: { summary: 'Trust anchor link.', rfc: 'draft-ietf-dnsop-dnssec-trust-history', status: 'Never standardised.', fields: [HOST('previous name'), HOST('next name')] },
  CDS: { summary: 'Child DS: the DS records the child wants in its parent (automated DNSSEC key rollover).', rfc: 'RFC 7344, RFC 8078', fields: DS_FIELDS },
  CDNSKEY: { summary: 'Child DNSKEY: the key the child wants its parent to make a DS of.', rfc: 'RFC 7344, RFC 8078', fields: KEY_FIELDS },
  OPENPGPKEY: { summary: 'An OpenPGP public key for an e-mail address (owner: hash._openpgpkey.domain).', rfc: 'RFC 7929', status: 'Experimental.', fields: [f('public key', 'base64', 'The OpenPGP transferable public key, in base64.', true)] },
  CSYNC: { summary: 'Child-to-parent synchronisation of NS and glue records.', rfc: 'RFC 7477', fields: [f('SOA serial', 'u32', 'The child\'s SOA serial the request refers to.'), f('flags', 'u16', '1 = immediate, 2 = soaminimum.'), f('types', 'types', 'The types to synchronise (NS, A, AAAA).', true)] },
  ZONEMD: { summary: 'A message digest of the whole zone, to check it after transfer.', rfc: 'RFC 8976', fields: [f('serial', 'u32', 'The SOA serial the digest belongs to.'), f('scheme', 'zonemd-scheme', 'How the zone is digested.'), f('hash algorithm', 'zonemd-hash', 'The hash algorithm.'), f('digest', 'hex', 'The digest, in hex.', true)] },
  SVCB: { summary: 'Service binding: where and how to reach a service (alternative endpoints, ALPN, ports, ECH).', rfc: 'RFC 9460', fields: SVCB_FIELDS },
  HTTPS: { summary: 'Service binding for HTTPS: endpoints, ALPN (h2, h3), ECH keys; also works at the zone apex where CNAME cannot.', rfc: 'RFC 9460 §9', fields: SVCB_FIELDS },
  DSYNC: { summary: 'Where a parent accepts notifications of child CDS/CDNSKEY/CSYNC changes.', rfc: 'RFC 9859', fields: [f('RRtype', 'type-covered', 'The type the notification is about (CDS, CSYNC).'), f('scheme', 'u8', '1 = NOTIFY.'), f('port', 'port', 'The port to send to.'), HOST('target')] },
  HHIT: { summary: 'Hierarchical HIT for drone remote identification.', rfc: 'draft-ietf-drip-registries (IANA)', fields: [f('data', 'base64', 'The data, in base64.', true)] },
  BRID: { summary: 'UAS broadcast remote identification.', rfc: 'draft-ietf-drip-registries (IANA)', fields: [f('data', 'base64', 'The data, in base64.', true)] },
  SPF: { summary: 'The SPF record type; SPF now lives only in TXT records.', rfc: 'RFC 4408, RFC 7208 §3.1', status: 'Deprecated (RFC 7208 §14.1): publish SPF in TXT.', fields: TXT_FIELDS },
  UINFO: { summary: 'User information.', rfc: 'IANA-Reserved', status: 'Reserved, not used.', fields: [f('data', 'other', 'Data.', true)] },
  UID: { summary: 'User ID.', rfc: 'IANA-Reserved', status: 'Reserved, not used.', fields: [f('data', 'other', 'Data.', true)] },
  GID: { summary: 'Group ID.', rfc: 'IANA-Reserved', status: 'Reserved, not used.', fields: [f('data', 'other', 'Data.', true)] },
  UNSPEC: { summary: 'Unspecified data.', rfc: 'IANA-Reserved', status: 'Reserved, not used.', fields: [f('data', 'other', 'Data.', true)] },
  NID: { summary: 'ILNP node identifier.', rfc: 'RFC 6742', status: 'Experimental.', fields: [PREF, f('node ID', 'other', 'Four 16-bit hex groups.')] },
  L32: { summary: 'ILNP 32-bit locator.', rfc: 'RFC 6742', status: 'Experimental.', fields: [PREF, f('locator32', 'ipv4', 'An IPv4-style locator.')] },
  L64: { summary: 'ILNP 64-bit locator.', rfc: 'RFC 6742', status: 'Experimental.', fields: [PREF, f('locator64', 'other', 'Four 16-bit hex groups.')] },
  LP: { summary: 'ILNP locator pointer: names holding L32/L64 records.', rfc: 'RFC 6742', status: 'Experimental.', fields: [PREF, HOST('FQDN')] },
  EUI48: { summary: 'A 48-bit MAC address.', rfc: 'RFC 7043', fields: [f('address', 'other', 'Six hex octets separated by hyphens (00-00-5e-00-53-2a).')] },
  EUI64: { summary: 'A 64-bit EUI address.', rfc: 'RFC 7043', fields: [f('address', 'other', 'Eight hex octets separated by hyphens.')] },
  NXNAME: { summary: 'NXDOMAIN indicator in compact denial of existence.', rfc: 'RFC 9824', status: 'A meta type: never in zone files.', fields: [] },
  TKEY: { summary: 'Transaction key establishment.', rfc: 'RFC 2930', status: 'A meta type: never in zone files.', fields: [] },
  TSIG: { summary: 'Transaction signature.', rfc: 'RFC 8945', status: 'A meta type: never in zone files.', fields: [] },
  IXFR: { summary: 'Incremental zone transfer (a query type).', rfc: 'RFC 1995', status: 'A query type: never in zone files.', fields: [] },
  AXFR: { summary: 'Full zone transfer (a query type).', rfc: 'RFC 1035, RFC 5936', status: 'A query type: never in zone files.', fields: [] },
  MAILB: { summary: 'Mailbox-related records (a query type).', rfc: 'RFC 1035', status: 'A query type: never in zone files.', fields: [] },
  MAILA: { summary: 'Mail agent records (a query type).', rfc: 'RFC 1035', status: 'Obsolete query type.', fields: [] },
  ANY: { summary: 'All records (a query type, "*").', rfc: 'RFC 1035, RFC 8482', status: 'A query type: never in zone files.', fields: [] },
  URI: { summary: 'A URI for the owner, with priority and weight like SRV (owner: _service._proto.name).', rfc: 'RFC 7553', fields: [f('priority', 'srv-priority', 'Lower values are used first.'), f('weight', 'srv-weight', 'Relative weight among equal priorities.'), f('target', 'string', 'The URI, as a quoted string.')] },
  CAA: {
    summary: 'Certification Authority Authorization: which CAs may issue certificates for the owner and its subdomains.', rfc: 'RFC 8659',
    fields: [f('flags', 'caa-flags', '128 = critical: a CA that does not understand the tag must not issue. Usually 0.'), f('tag', 'caa-tag', 'The property: issue, issuewild, iodef, …'), f('value', 'caa-value', 'The property value, a quoted string.')],
  },
  AVC: { summary: 'Application visibility and control.', rfc: 'IANA (Cisco)', fields: TXT_FIELDS },
  DOA: { summary: 'Digital object architecture.', rfc: 'draft-durand-doa-over-dns', status: 'Never standardised.', fields: [f('data', 'other', 'Enterprise, type, location, media type, data.', true)] },
  AMTRELAY: { summary: 'Automatic multicast tunnelling relay discovery (in reverse zones).', rfc: 'RFC 8777', fields: [f('precedence', 'u8', 'Lower values are preferred.'), f('discovery optional', 'u8', '0 or 1.'), f('type', 'u8', '0 = none, 1 = IPv4, 2 = IPv6, 3 = name.'), f('relay', 'other', 'The relay address or name.')] },
  RESINFO: { summary: 'Resolver information as key=value strings (published by resolvers under resolver.arpa).', rfc: 'RFC 9606', fields: TXT_FIELDS },
  WALLET: { summary: 'Public cryptocurrency wallet addresses.', rfc: 'IANA (Paul Hoffman)', fields: TXT_FIELDS },
  CLA: { summary: 'BP convergence layer adapter.', rfc: 'IANA (DTN)', fields: TXT_FIELDS },
  IPN: { summary: 'BP node number.', rfc: 'IANA (DTN)', fields: [f('node number', 'other', 'A 64-bit number.')] },
  TA: { summary: 'DNSSEC trust authorities.', rfc: 'IANA (Weiler)', status: 'Never standardised.', fields: DS_FIELDS },
  DLV: { summary: 'DNSSEC lookaside validation.', rfc: 'RFC 4431', status: 'Historic (RFC 8749): the DLV registry is gone.', fields: DS_FIELDS },
};

/** The directives of zone files (RFC 1035 §5.1, BIND). */
export const DIRECTIVE_DOCS: Readonly<Record<string, { syntax: string; doc: string; rfc: string }>> = {
  $ORIGIN: {
    syntax: '$ORIGIN domain-name',
    doc: 'Sets the origin: relative names (without a trailing dot) after this line are completed with it, and `@` stands for it. Stays in force until the next $ORIGIN or the end of the file.',
    rfc: 'RFC 1035 §5.1',
  },
  $TTL: {
    syntax: '$TTL ttl',
    doc: 'Sets the default TTL of the records that follow and give no TTL of their own.',
    rfc: 'RFC 2308 §4',
  },
  $INCLUDE: {
    syntax: '$INCLUDE file-name [domain-name]',
    doc: 'Reads the records of another file here. The optional name is the origin inside that file; after it, the origin and the current owner revert to what they were.',
    rfc: 'RFC 1035 §5.1',
  },
  $GENERATE: {
    syntax: '$GENERATE start-stop[/step] lhs [ttl] [class] type rhs',
    doc: 'Creates one record per number of the range; `$` in the owner (lhs) and rdata (rhs) is replaced by the number, `${offset,width,base}` formats it. A BIND extension, used for reverse zones and classless delegation.',
    rfc: 'BIND 9 Administrator Reference Manual',
  },
};

/** Classes (RFC 1035 §3.2.4, RFC 6895). */
export const CLASS_DOCS: Readonly<Record<string, string>> = {
  IN: 'The Internet (RFC 1035). The class of practically every zone.',
  CH: 'Chaos (RFC 1035): used today only for server information such as version.bind.',
  HS: 'Hesiod (Dyer 1987): MIT\'s directory service.',
  CS: 'CSNET (RFC 1035): obsolete.',
};
