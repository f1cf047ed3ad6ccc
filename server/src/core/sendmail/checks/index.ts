/** Every sendmail check, in the order they run. Each lives in its own file with its doc and tests. */
import type { SendmailCheck } from '../api';
import { backupMxInClassW } from './backup-mx-in-class-w';
import { backupMxNoRelay } from './backup-mx-no-relay';
import { primaryMxNotLocal } from './primary-mx-not-local';
import { accessErrorNoDsn } from './access-error-no-dsn';
import { accessValue } from './access-value';
import { aliasBadContinuation } from './alias-bad-continuation';
import { aliasCrlf } from './alias-crlf';
import { aliasDuplicate } from './alias-duplicate';
import { aliasIllegalName } from './alias-illegal-name';
import { aliasLoop } from './alias-loop';
import { aliasMissingColon } from './alias-missing-colon';
import { aliasMissingRequired } from './alias-missing-required';
import { aliasMissingValue } from './alias-missing-value';
import { aliasTooLong } from './alias-too-long';
import { classDuplicate } from './class-duplicate';
import { classInvalidHost } from './class-invalid-host';
import { genericstableValue } from './genericstable-value';
import { mailertableEntry } from './mailertable-entry';
import { mapCrlf } from './map-crlf';
import { mapDuplicateKey } from './map-duplicate-key';
import { mapErrorRhs } from './map-error-rhs';
import { mapLeadingSpace } from './map-leading-space';
import { mapLineTooLong } from './map-line-too-long';
import { mapMissingValue } from './map-missing-value';
import { mapTrailingComment } from './map-trailing-comment';
import { mcBerkeleyDomain } from './mc-berkeley-domain';
import { mcDeprecatedFeature } from './mc-deprecated-feature';
import { mcFeatureAfterMailer } from './mc-feature-after-mailer';
import { mcMapSpec } from './mc-map-spec';
import { mcMissingDnl } from './mc-missing-dnl';
import { mcNoOstype } from './mc-no-ostype';
import { mcUnbalancedQuote } from './mc-unbalanced-quote';
import { mcUnclosedCall } from './mc-unclosed-call';
import { mcUnknownDefine } from './mc-unknown-define';
import { mcUnknownFeature } from './mc-unknown-feature';
import { virtuserCatchAllRejectsPostmaster } from './virtuser-catch-all-rejects-postmaster';
import { virtuserDomainNotLocal } from './virtuser-domain-not-local';
import { virtuserKey } from './virtuser-key';
import { virtuserPlaceholder } from './virtuser-placeholder';

export const SENDMAIL_CHECKS: readonly SendmailCheck[] = [
  mapCrlf, mapDuplicateKey, mapErrorRhs, mapLeadingSpace, mapLineTooLong, mapMissingValue, mapTrailingComment,
  virtuserCatchAllRejectsPostmaster, virtuserKey, virtuserDomainNotLocal, virtuserPlaceholder, mailertableEntry, accessErrorNoDsn,
  accessValue, genericstableValue, aliasBadContinuation, aliasCrlf, aliasDuplicate, aliasIllegalName, aliasLoop,
  aliasMissingColon, aliasMissingRequired, aliasMissingValue, aliasTooLong, classDuplicate, classInvalidHost,
  mcDeprecatedFeature, mcBerkeleyDomain, mcFeatureAfterMailer, mcMapSpec, mcMissingDnl, mcNoOstype, mcUnbalancedQuote,
  mcUnclosedCall, mcUnknownDefine, mcUnknownFeature,
  backupMxInClassW, backupMxNoRelay, primaryMxNotLocal,
];
