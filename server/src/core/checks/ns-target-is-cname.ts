/**
 * `ns-target-is-cname`: the target of a NS record is an alias (a CNAME) in this zone.
 * RFC 2181 §10.3: NS targets must be canonical names. Resolvers may fail to reach the servers; BIND rejects the zone ("NS '…' is a CNAME (illegal)").
 */
import { targetIsCname } from './targets';

export const nsTargetIsCname = targetIsCname('NS', 2, 'error');
