/**
 * `ns-target-is-address`: the NS target is an IP address written as a name
 * (`NS 10 192.0.2.1` becomes the host name `192.0.2.1.example.com.`). NS takes a host name
 * (RFC 1035 §3.3); BIND warns "'…': NS is an address". Fix: name a host that has the address.
 */
import { targetIsAddress } from './targets';

export const nsTargetIsAddress = targetIsAddress('NS', 2);
