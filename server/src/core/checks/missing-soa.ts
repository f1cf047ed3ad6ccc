/**
 * `missing-soa`: the zone has no SOA record at its apex. named-checkzone rejects it
 * ("has 0 SOA records"). RFC 1035 §5.2: a zone starts with exactly one SOA.
 */
import type { Check } from './api';

export const missingSoa: Check = {
  code: 'missing-soa',
  doc: 'The zone has no SOA record at its apex.',
  severity: 'error',
  run(ctx) {
    if (ctx.model.has(ctx.model.apex, 'SOA')) return;
    if (ctx.parse.records.some((r) => r.type === 'SOA')) return; // reported as soa-not-at-apex
    ctx.report({
      code: 'missing-soa',
      message: `zone ${ctx.model.apex} has no SOA record; every zone starts with exactly one SOA at its apex`,
      file: ctx.file, start: 0, end: 0,
    });
  },
};
