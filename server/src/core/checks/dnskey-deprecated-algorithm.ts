/**
 * `dnskey-deprecated-algorithm`: a DNSKEY (or CDNSKEY) with an algorithm RFC 8624 §3.1 says MUST NOT
 * or SHOULD NOT be used for signing: RSAMD5 (1), DSA (3), RSASHA1 (5), DSA-NSEC3-SHA1 (6),
 * RSASHA1-NSEC3-SHA1 (7), ECC-GOST (12). BIND warns "deprecated DNSKEY algorithm found"; validators
 * increasingly treat such zones as insecure. Fix: roll to ECDSAP256SHA256 (13) or RSASHA256 (8).
 */
import type { Check } from './api';

const DEPRECATED: Readonly<Record<number, string>> = {
  1: 'RSAMD5', 3: 'DSA', 5: 'RSASHA1', 6: 'DSA-NSEC3-SHA1', 7: 'RSASHA1-NSEC3-SHA1', 12: 'ECC-GOST',
};

export const dnskeyDeprecatedAlgorithm: Check = {
  code: 'dnskey-deprecated-algorithm',
  doc: 'A DNSKEY with a deprecated algorithm (RSAMD5, DSA, RSASHA1, …; RFC 8624).',
  severity: 'warning',
  run(ctx) {
    for (const code of [48, 60]) { // DNSKEY, CDNSKEY
      for (const r of ctx.model.ofType(code)) {
        const rd = r.rdata as { algorithm?: number; protocol?: number } | undefined;
        const name = rd?.algorithm === undefined ? undefined : DEPRECATED[rd.algorithm];
        if (name === undefined) continue;
        ctx.report({
          code: 'dnskey-deprecated-algorithm',
          message: `${r.type} algorithm ${rd!.algorithm} (${name}) is deprecated (RFC 8624 §3.1): roll the key to ECDSAP256SHA256 (13) or RSASHA256 (8)`,
          file: r.file, start: r.rdataStart, end: r.rdataEnd,
        });
      }
    }
  },
};
