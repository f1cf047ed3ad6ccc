/**
 * `missing-ns-at-apex`: the zone has an SOA but no NS records at its apex. named-checkzone
 * rejects it ("has no NS records"). RFC 1035 §4.2.1: the apex lists the zone's name servers.
 */
import type { Check } from './api';

export const missingNsAtApex: Check = {
  code: 'missing-ns-at-apex',
  doc: 'No NS records at the zone apex.',
  severity: 'error',
  run(ctx) {
    const { model } = ctx;
    if (model.has(model.apex, 'NS')) return;
    const soa = model.get(model.apex, 'SOA')[0];
    if (soa === undefined) return; // missing-soa says enough
    ctx.report({
      code: 'missing-ns-at-apex',
      message: `zone ${model.apex} has no NS records at its apex; add the zone's name servers (e.g. '@ IN NS ns1.${model.apex === '.' ? '' : model.apex}')`,
      file: soa.file, start: soa.typeStart, end: soa.typeEnd,
    });
  },
};
