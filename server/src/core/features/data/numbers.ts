/**
 * Numbers that appear in rdata, by name, for hovers and completion. Data only, no logic.
 *
 * Sources (IANA registries, as of 2025; the RFC that defines each value is given with it):
 *  - DNS Security Algorithm Numbers (dns-sec-alg-numbers): RFC 4034, 5155, 5702, 5933, 6605, 8080, 9563;
 *    usage advice from RFC 8624 ("MUST NOT" / "NOT RECOMMENDED" for signing);
 *  - Delegation Signer (DS) Resource Record Type Digest Algorithms (ds-rr-types): RFC 3658, 4509,
 *    5933, 6605, 9558, 9563;
 *  - DNSKEY flags (dnskey-flags): RFC 4034 §2.1.1, RFC 5011 §7 (REVOKE), RFC 9824;
 *  - SSHFP RR Types for public key algorithms and fingerprint types (dns-sshfp-rr-parameters):
 *    RFC 4255, 6594, 7479, 8709;
 *  - TLSA Certificate Usages, Selectors, Matching Types (dane-parameters): RFC 6698, 7218;
 *  - CAA properties (pkix-parameters, "Certification Authority Restriction Properties"): RFC 8659,
 *    8657, 9495, and the CA/Browser Forum's contactemail / contactphone / issuevmc;
 *  - CERT RR certificate types (cert-rr-types): RFC 4398;
 *  - DNSSEC NSEC3 Hash Algorithms and flags (dnssec-nsec3-parameters): RFC 5155;
 *  - ZONEMD Schemes and Hash Algorithms (dns-parameters): RFC 8976.
 */

export interface NumberInfo {
  /** Mnemonic or short name. */
  name: string;
  /** One sentence: what it is and, where it matters, whether to use it. */
  doc: string;
}

export type NumberTable = Readonly<Record<number, NumberInfo>>;

export const DNSSEC_ALGORITHM_INFO: NumberTable = {
  0: { name: 'DELETE', doc: 'Reserved; in CDS/CDNSKEY, "delete the DS set" (RFC 8078).' },
  1: { name: 'RSAMD5', doc: 'RSA/MD5 (RFC 3110, 4034). Deprecated: MUST NOT be used for signing or validation (RFC 8624).' },
  2: { name: 'DH', doc: 'Diffie-Hellman (RFC 2539). Not for zone signing.' },
  3: { name: 'DSA', doc: 'DSA/SHA-1 (RFC 3755). MUST NOT be used for signing (RFC 8624).' },
  5: { name: 'RSASHA1', doc: 'RSA/SHA-1 (RFC 3110). NOT RECOMMENDED for signing (RFC 8624).' },
  6: { name: 'DSA-NSEC3-SHA1', doc: 'DSA/SHA-1 for NSEC3 zones (RFC 5155). MUST NOT be used for signing (RFC 8624).' },
  7: { name: 'RSASHA1-NSEC3-SHA1', doc: 'RSA/SHA-1 for NSEC3 zones (RFC 5155). NOT RECOMMENDED for signing (RFC 8624).' },
  8: { name: 'RSASHA256', doc: 'RSA/SHA-256 (RFC 5702). MUST be implemented; widely used.' },
  10: { name: 'RSASHA512', doc: 'RSA/SHA-512 (RFC 5702). NOT RECOMMENDED for signing (RFC 8624).' },
  12: { name: 'ECC-GOST', doc: 'GOST R 34.10-2001 (RFC 5933). MUST NOT be used for signing (RFC 8624).' },
  13: { name: 'ECDSAP256SHA256', doc: 'ECDSA P-256 with SHA-256 (RFC 6605). MUST be implemented; the recommended default.' },
  14: { name: 'ECDSAP384SHA384', doc: 'ECDSA P-384 with SHA-384 (RFC 6605).' },
  15: { name: 'ED25519', doc: 'Ed25519 (RFC 8080). RECOMMENDED.' },
  16: { name: 'ED448', doc: 'Ed448 (RFC 8080).' },
  17: { name: 'SM2SM3', doc: 'SM2 signature with SM3 digest (RFC 9563).' },
  23: { name: 'ECC-GOST12', doc: 'GOST R 34.10-2012 (RFC 9558).' },
  252: { name: 'INDIRECT', doc: 'Reserved for indirect keys (RFC 4034).' },
  253: { name: 'PRIVATEDNS', doc: 'Private algorithm identified by a domain name (RFC 4034 App. A.1.1).' },
  254: { name: 'PRIVATEOID', doc: 'Private algorithm identified by an OID (RFC 4034 App. A.1.1).' },
};

export const DS_DIGEST_INFO: NumberTable = {
  0: { name: 'Reserved', doc: 'Reserved (RFC 3658).' },
  1: { name: 'SHA-1', doc: 'SHA-1, 20 octets (RFC 3658, 4034). NOT RECOMMENDED for new DS records (RFC 8624).' },
  2: { name: 'SHA-256', doc: 'SHA-256, 32 octets (RFC 4509). MUST be implemented; the usual choice.' },
  3: { name: 'GOST R 34.11-94', doc: 'GOST R 34.11-94, 32 octets (RFC 5933). MUST NOT be used (RFC 8624).' },
  4: { name: 'SHA-384', doc: 'SHA-384, 48 octets (RFC 6605).' },
  5: { name: 'GOST R 34.11-2012', doc: 'GOST R 34.11-2012, 32 octets (RFC 9558).' },
  6: { name: 'SM3', doc: 'SM3, 32 octets (RFC 9563).' },
};

/** DNSKEY/CDNSKEY flag bits (value of the 16-bit field). */
export const DNSKEY_FLAG_BITS: readonly { bit: number; name: string; doc: string }[] = [
  { bit: 0x0100, name: 'ZONE', doc: 'Zone Key: the key signs the zone data (RFC 4034 §2.1.1).' },
  { bit: 0x0080, name: 'REVOKE', doc: 'the key is revoked (RFC 5011 §7).' },
  { bit: 0x0001, name: 'SEP', doc: 'Secure Entry Point: by convention a key-signing key, the one DS records point at (RFC 3757, 4034).' },
];

export const SSHFP_ALGORITHM_INFO: NumberTable = {
  0: { name: 'Reserved', doc: 'Reserved (RFC 4255).' },
  1: { name: 'RSA', doc: 'RSA host key (RFC 4255).' },
  2: { name: 'DSA', doc: 'DSA host key (RFC 4255).' },
  3: { name: 'ECDSA', doc: 'ECDSA host key (RFC 6594).' },
  4: { name: 'Ed25519', doc: 'Ed25519 host key (RFC 7479).' },
  6: { name: 'Ed448', doc: 'Ed448 host key (RFC 8709).' },
};

export const SSHFP_TYPE_INFO: NumberTable = {
  0: { name: 'Reserved', doc: 'Reserved (RFC 4255).' },
  1: { name: 'SHA-1', doc: 'SHA-1 fingerprint, 20 octets (RFC 4255).' },
  2: { name: 'SHA-256', doc: 'SHA-256 fingerprint, 32 octets (RFC 6594).' },
};

export const TLSA_USAGE_INFO: NumberTable = {
  0: { name: 'PKIX-TA', doc: 'CA constraint: the chain must pass PKIX validation and include this trust anchor (RFC 6698, 7218).' },
  1: { name: 'PKIX-EE', doc: 'Service certificate constraint: this end-entity certificate, which must also pass PKIX validation.' },
  2: { name: 'DANE-TA', doc: 'Trust anchor assertion: the chain must lead to this trust anchor; no public CA needed.' },
  3: { name: 'DANE-EE', doc: 'Domain-issued certificate: the server must present exactly this certificate or key; the usual choice for SMTP (RFC 7672).' },
};

export const TLSA_SELECTOR_INFO: NumberTable = {
  0: { name: 'Cert', doc: 'The full certificate is matched (RFC 6698).' },
  1: { name: 'SPKI', doc: 'Only the SubjectPublicKeyInfo is matched, so the certificate can be renewed with the same key (RFC 6698).' },
};

export const TLSA_MATCHING_INFO: NumberTable = {
  0: { name: 'Full', doc: 'The data is the selected content itself, not a hash (RFC 6698).' },
  1: { name: 'SHA2-256', doc: 'SHA-256 hash of the selected content (RFC 6698).' },
  2: { name: 'SHA2-512', doc: 'SHA-512 hash of the selected content (RFC 6698).' },
};

export const CAA_TAG_INFO: Readonly<Record<string, string>> = {
  issue: 'Authorises the named CA to issue certificates for this name (RFC 8659 §4.2); `;` alone forbids issuance.',
  issuewild: 'Like issue, but for wildcard certificates only; takes precedence over issue for them (RFC 8659 §4.3).',
  iodef: 'Where CAs report issuance requests that violate the policy: a mailto: or https: URL (RFC 8659 §4.4).',
  issuemail: 'Authorises the named CA to issue S/MIME (e-mail) certificates (RFC 9495).',
  issuevmc: 'Authorises the named CA to issue Verified Mark Certificates (BIMI; CA/Browser Forum).',
  contactemail: 'An e-mail address CAs may use for domain validation (CA/Browser Forum Baseline Requirements).',
  contactphone: 'A phone number CAs may use for domain validation (CA/Browser Forum Baseline Requirements).',
};

export const CERT_TYPE_INFO: NumberTable = {
  1: { name: 'PKIX', doc: 'X.509 as per PKIX (RFC 4398).' },
  2: { name: 'SPKI', doc: 'SPKI certificate (RFC 4398).' },
  3: { name: 'PGP', doc: 'OpenPGP packet (RFC 4398).' },
  4: { name: 'IPKIX', doc: 'The URL of an X.509 data object (RFC 4398).' },
  5: { name: 'ISPKI', doc: 'The URL of an SPKI certificate (RFC 4398).' },
  6: { name: 'IPGP', doc: 'The fingerprint and URL of an OpenPGP packet (RFC 4398).' },
  7: { name: 'ACPKIX', doc: 'Attribute certificate (RFC 4398).' },
  8: { name: 'IACPKIX', doc: 'The URL of an attribute certificate (RFC 4398).' },
  253: { name: 'URI', doc: 'URI private (RFC 4398).' },
  254: { name: 'OID', doc: 'OID private (RFC 4398).' },
};

export const NSEC3_HASH_INFO: NumberTable = {
  1: { name: 'SHA-1', doc: 'SHA-1, the only NSEC3 hash algorithm defined (RFC 5155).' },
};

export const ZONEMD_SCHEME_INFO: NumberTable = {
  1: { name: 'SIMPLE', doc: 'The digest of the whole zone in canonical order (RFC 8976 §2.2.1).' },
};

export const ZONEMD_HASH_INFO: NumberTable = {
  1: { name: 'SHA384', doc: 'SHA-384, 48 octets (RFC 8976).' },
  2: { name: 'SHA512', doc: 'SHA-512, 64 octets (RFC 8976).' },
};

/** SVCB/HTTPS SvcParamKeys (IANA "Service Parameter Keys (SvcParamKeys)"; RFC 9460 §14.3.2, RFC 9461, RFC 9540). */
export const SVC_PARAM_INFO: Readonly<Record<string, string>> = {
  mandatory: 'Keys the client must understand to use this record (RFC 9460 §8).',
  alpn: 'Application protocols supported, comma-separated: h2, h3, http/1.1… (RFC 9460 §7.1).',
  'no-default-alpn': 'The default protocol (http/1.1 for HTTPS) is not supported: only those in alpn (RFC 9460 §7.1).',
  port: 'The TCP/UDP port to connect to instead of the default (RFC 9460 §7.2).',
  ipv4hint: 'IPv4 addresses of the target, to connect before A lookups finish; the A records still win (RFC 9460 §7.3).',
  ech: 'The Encrypted ClientHello configuration, base64 (RFC 9460 §7.4, RFC 9849).',
  ipv6hint: 'IPv6 addresses of the target, as hints (RFC 9460 §7.3).',
  dohpath: 'The URI template of a DNS-over-HTTPS endpoint (RFC 9461).',
  ohttp: 'The service is reachable through Oblivious HTTP (RFC 9540).',
};
