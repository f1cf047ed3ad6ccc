/** Every zone check, in the order they run. Each lives in its own file with its doc and tests. */
import type { Check } from './api';
import { missingSoa } from './missing-soa';
import { multipleSoa } from './multiple-soa';
import { soaNotAtApex } from './soa-not-at-apex';
import { missingNsAtApex } from './missing-ns-at-apex';
import { outOfZone } from './out-of-zone';
import { serialInvalidDate } from './serial-invalid-date';
import { serialInFuture } from './serial-in-future';

export const ZONE_CHECKS: readonly Check[] = [
  missingSoa, multipleSoa, soaNotAtApex, missingNsAtApex, outOfZone, serialInvalidDate, serialInFuture,
];
