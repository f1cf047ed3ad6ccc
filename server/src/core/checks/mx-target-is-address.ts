/**
 * `mx-target-is-address`: the MX target is an IP address written as a name
 * (`MX 10 192.0.2.1` becomes the host name `192.0.2.1.example.com.`). MX takes a host name
 * (RFC 1035 §3.3); BIND warns "'…': MX is an address". Fix: name a host that has the address.
 */
import { targetIsAddress } from './targets';

export const mxTargetIsAddress = targetIsAddress('MX', 15);
