/**
 * `ds-deprecated-digest`: a DS (or CDS) record with digest type 1 (SHA-1) or 3 (GOST R 34.11-94).
 * RFC 8624 §3.3: SHA-1 MUST NOT be used to create DS records, GOST is deprecated; validators may
 * ignore them. BIND warns "deprecated digest type 1 (SHA-1)". Fix: publish the SHA-256 (2) DS.
 */
import type { Check } from './api';

const DEPRECATED: Readonly<Record<number, string>> = { 1: 'SHA-1', 3: 'GOST R 34.11-94' };

export const dsDeprecatedDigest: Check = {
  code: 'ds-deprecated-digest',
  doc: 'A DS record with a deprecated digest type (SHA-1, GOST).',
  severity: 'warning',
  run(ctx) {
    for (const code of [43, 59]) { // DS, CDS
      for (const r of ctx.model.ofType(code)) {
        const digestType = (r.rdata as { digestType?: number } | undefined)?.digestType;
        const name = digestType === undefined ? undefined : DEPRECATED[digestType];
        if (name === undefined) continue;
        ctx.report({
          code: 'ds-deprecated-digest',
          message: `${r.type} digest type ${digestType} (${name}) is deprecated (RFC 8624 §3.3): publish a SHA-256 (type 2) ${r.type} instead`,
          file: r.file, start: r.rdataStart, end: r.rdataEnd,
        });
      }
    }
  },
};
