/** Every zone check, in the order they run. Each lives in its own file with its doc and tests. */
import type { Check } from './api';
import type { ZoneModel } from '../model';
import { forgetTargets } from './targets';
import { forgetSpf } from '../mail/spf';
import { missingSoa } from './missing-soa';
import { multipleSoa } from './multiple-soa';
import { soaNotAtApex } from './soa-not-at-apex';
import { missingNsAtApex } from './missing-ns-at-apex';
import { outOfZone } from './out-of-zone';
import { serialInvalidDate } from './serial-invalid-date';
import { serialInFuture } from './serial-in-future';
import { cnameAndOtherData } from './cname-and-other-data';
import { cnameAtApex } from './cname-at-apex';
import { multipleCname } from './multiple-cname';
import { multipleDname } from './multiple-dname';
import { nsAtWildcard } from './ns-at-wildcard';
import { mxTargetIsCname } from './mx-target-is-cname';
import { nsTargetIsCname } from './ns-target-is-cname';
import { srvTargetIsCname } from './srv-target-is-cname';
import { targetHasNoAddress } from './target-has-no-address';
import { missingGlue } from './missing-glue';
import { mxTargetIsAddress } from './mx-target-is-address';
import { nsTargetIsAddress } from './ns-target-is-address';
import { duplicateRecord } from './duplicate-record';
import { rrsetTtlMismatch } from './rrset-ttl-mismatch';
import { nullMx } from './null-mx';
import { badOwnerName } from './bad-owner-name';
import { missingTrailingDot } from './missing-trailing-dot';
import { cdsInconsistent } from './cds-inconsistent';
import { dsAtApex } from './ds-at-apex';
import { dsDeprecatedDigest } from './ds-deprecated-digest';
import { dnskeyDeprecatedAlgorithm } from './dnskey-deprecated-algorithm';
import { rrsigExpired } from './rrsig-expired';
import { spfSyntax } from './spf-syntax';
import { spfMultipleRecords } from './spf-multiple-records';
import { spfPlusAll } from './spf-plus-all';
import { spfPtr } from './spf-ptr';
import { spfRedirectWithAll } from './spf-redirect-with-all';
import { spfRecordType } from './spf-record-type';
import { spfTooManyLookups } from './spf-too-many-lookups';
import { dmarcSyntax } from './dmarc-syntax';
import { nonTerminalWildcard } from './non-terminal-wildcard';
import { dkimSyntax } from './dkim-syntax';
import { mailDomainWithoutMx } from './mail-domain-without-mx';
import { targetBelowDname } from './target-below-dname';
import { cnameLoop } from './cname-loop';
import { cnameTargetMissing } from './cname-target-missing';
import { forgetNeighbours } from './near-names';
import { ptrMismatch } from './ptr-mismatch';
import { mailHostWithoutPtr } from './mail-host-without-ptr';

export const ZONE_CHECKS: readonly Check[] = [
  missingSoa, multipleSoa, soaNotAtApex, missingNsAtApex, outOfZone, serialInvalidDate, serialInFuture,
  cnameAndOtherData, cnameAtApex, multipleCname, cnameLoop, cnameTargetMissing, multipleDname, nsAtWildcard, mxTargetIsCname, nsTargetIsCname, srvTargetIsCname,
  targetHasNoAddress, missingGlue, mxTargetIsAddress, nsTargetIsAddress, duplicateRecord, rrsetTtlMismatch, nullMx,
  badOwnerName, missingTrailingDot, dsDeprecatedDigest, dsAtApex, cdsInconsistent, dnskeyDeprecatedAlgorithm, rrsigExpired,
  spfSyntax, spfMultipleRecords, spfPlusAll, spfPtr, spfRedirectWithAll, spfRecordType, spfTooManyLookups,
  dmarcSyntax, nonTerminalWildcard, dkimSyntax, mailDomainWithoutMx, targetBelowDname, ptrMismatch, mailHostWithoutPtr,
];

/** The checks share per-analysis lookups (targets, parsed SPF); free them once all have run. */
export function releaseCheckCaches(model: ZoneModel): void {
  forgetTargets(model);
  forgetNeighbours(model);
  forgetSpf(model);
}
