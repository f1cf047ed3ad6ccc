/**
 * `mx-target-is-cname`: the target of a MX record is an alias (a CNAME) in this zone.
 * RFC 2181 §10.3: MX targets must be canonical names. Mail servers may refuse or rewrite addresses (RFC 5321 §5.1). BIND: "MX '…' is a CNAME (illegal)".
 */
import { targetIsCname } from './targets';

export const mxTargetIsCname = targetIsCname('MX', 15, 'warning');
