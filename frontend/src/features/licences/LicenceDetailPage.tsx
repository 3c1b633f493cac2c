// One licence: what it is, whether it can be renewed today and, if so, what into and for how much.
import { useId } from 'react';
import { Link, Navigate, useNavigate, useParams } from 'react-router';
import { isUnauthenticated } from '../../lib/graphql/errors';
import { formatDate } from '../../lib/i18n/formatDate';
import { useI18n } from '../../lib/i18n/useI18n';
import { licencePath, paths, type RenewalNavigationState } from '../../lib/paths';
import { LoadError } from '../../lib/ui/LoadError';
import { PageHeading } from '../../lib/ui/PageHeading';
import { SignInAndReturn } from '../../lib/ui/SignInAndReturn';
import { AutoRenewalPlan } from './AutoRenewalPlan';
import { EligibilitySentence } from './EligibilitySentence';
import { LicenceNotFound } from './LicenceNotFound';
import { LicenceStatusBadge } from './LicenceStatusBadge';
import { AutoRenewalEnrolment } from './AutoRenewalEnrolment';
import { RenewalInProgress } from './RenewalInProgress';
import { RenewalOptionTables } from './RenewalOptionTables';
import { RenewalWayForward } from './RenewalWayForward';
import { arrangeRenewalOptions, type RenewalOption } from './renewalOptions';
import { useLicenceDetail } from './useLicenceDetail';

function RenewalOptionsSection({ serialNumber, options }: { serialNumber: string; options: RenewalOption[] }) {
  const { messages } = useI18n();
  const navigate = useNavigate();
  const headingId = useId();
  const { byProduct, autoRenewal } = arrangeRenewalOptions(options);

  function choose(option: RenewalOption) {
    const line = {
      serialNumber,
      productCode: option.product.code,
      years: option.years,
      autoRenewal: option.autoRenewal,
    };
    const state: RenewalNavigationState = { add: [line] };
    void navigate(paths.renewal, { state });
  }

  return (
    <>
      <section className="renewal-options" aria-labelledby={headingId}>
        <h2 id={headingId}>{messages.renewalOptionsTitle}</h2>
        {byProduct.length > 0 ? (
          <>
            <p className="lead">{messages.renewalOptionsIntro}</p>
            <RenewalOptionTables groups={byProduct} onChoose={choose} />
          </>
        ) : (
          <p className="card notice">{messages.noRenewalOptions}</p>
        )}
      </section>
      {autoRenewal.length > 0 ? <AutoRenewalPlan options={autoRenewal} onChoose={choose} /> : null}
    </>
  );
}

export function LicenceDetailPage() {
  const { messages, language } = useI18n();
  const serialNumber = useParams().serialNumber ?? '';
  const detail = useLicenceDetail(serialNumber);
  const licence = detail.licence;

  if (isUnauthenticated(detail.error)) {
    return <SignInAndReturn />;
  }
  if (detail.notFound) {
    return <LicenceNotFound />;
  }
  if (licence !== null && licence.serialNumber !== serialNumber) {
    // Reached by another spelling (lower case, no hyphens): show the address as the serial is written.
    return <Navigate to={licencePath(licence.serialNumber)} replace />;
  }

  function content() {
    if (licence !== null) {
      return (
        <>
          <dl className="card licence-summary">
            <div>
              <dt>{messages.columnProduct}</dt>
              <dd className="product-name">{licence.product.name}</dd>
            </div>
            <div>
              <dt>{messages.columnExpiry}</dt>
              <dd>
                <time dateTime={licence.expiresOn}>{formatDate(licence.expiresOn, language)}</time>
              </dd>
            </div>
            <div>
              <dt>{messages.columnStatus}</dt>
              <dd>
                <LicenceStatusBadge status={licence.status} daysUntilExpiry={licence.daysUntilExpiry} />
              </dd>
            </div>
          </dl>
          <p className="eligibility-callout">
            <EligibilitySentence eligibility={licence.eligibility} />
            {licence.renewalInProgress ? <RenewalInProgress progress={licence.renewalInProgress} /> : null}
          </p>
          {licence.autoRenewal ? (
            <AutoRenewalEnrolment
              serialNumber={licence.serialNumber}
              expiresOn={licence.expiresOn}
              autoRenewal={licence.autoRenewal}
            />
          ) : null}
          {licence.eligibility.renewable ? (
            <RenewalOptionsSection serialNumber={licence.serialNumber} options={licence.renewalOptions} />
          ) : null}
          {licence.eligibility.reason === 'TOO_LATE' && detail.support !== null ? (
            <RenewalWayForward productName={licence.product.name} support={detail.support} />
          ) : null}
        </>
      );
    }
    if (detail.error) {
      return <LoadError onRetry={detail.retry} />;
    }
    return (
      <p className="loading" role="status">
        {messages.loading}
      </p>
    );
  }

  return (
    <div className="licence-detail">
      <p className="back-link">
        <Link to={paths.licences}>{messages.backToLicences}</Link>
      </p>
      <PageHeading kicker={messages.licenceHeadingKicker}>{licence?.serialNumber ?? serialNumber}</PageHeading>
      {content()}
    </div>
  );
}
