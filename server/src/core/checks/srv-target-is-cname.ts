/**
 * `srv-target-is-cname`: the target of a SRV record is an alias (a CNAME) in this zone.
 * RFC 2181 §10.3: SRV targets must be canonical names. RFC 2782: the target must have address records, not be an alias.
 */
import { targetIsCname } from './targets';

export const srvTargetIsCname = targetIsCname('SRV', 33, 'warning');
