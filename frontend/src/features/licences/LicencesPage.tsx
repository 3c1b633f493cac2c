// "My licences": every serial of the signed-in account, soonest expiry first.
import { useState } from 'react';
import { Link } from 'react-router';
import { isUnauthenticated } from '../../lib/graphql/errors';
import { useI18n } from '../../lib/i18n/useI18n';
import { paths } from '../../lib/paths';
import { LoadError } from '../../lib/ui/LoadError';
import { PageHeading } from '../../lib/ui/PageHeading';
import { SignInAndReturn } from '../../lib/ui/SignInAndReturn';
import { LicenceTable } from './LicenceTable';
import { useLicenceList } from './useLicenceList';

export function LicencesPage() {
  const { messages } = useI18n();
  const list = useLicenceList();
  const [focusRow, setFocusRow] = useState<number | null>(null);

  if (isUnauthenticated(list.error)) {
    return <SignInAndReturn />;
  }

  function content() {
    if (list.rows.length > 0 && list.totalCount !== null) {
      const showMore = list.showMore;
      return (
        <>
          <p className="result-count" aria-live="polite">
            {messages.licenceCount(list.rows.length, list.totalCount)}
          </p>
          <LicenceTable rows={list.rows} focusRow={focusRow} />
          {list.error ? (
            <p className="form-alert" role="alert">
              {messages.unexpectedError}
            </p>
          ) : null}
          {showMore ? (
            <button
              type="button"
              className="button button-secondary show-more"
              disabled={list.fetching}
              onClick={() => {
                setFocusRow(list.rows.length);
                showMore();
              }}
            >
              {list.fetching ? messages.loading : messages.showMore}
            </button>
          ) : null}
        </>
      );
    }
    if (list.error) {
      return <LoadError onRetry={list.retry} />;
    }
    if (list.fetching) {
      return (
        <p className="loading" role="status">
          {messages.loading}
        </p>
      );
    }
    return <p className="card empty-state">{messages.noLicences}</p>;
  }

  const loaded = list.totalCount !== null;

  return (
    <div className="licences">
      <PageHeading>{messages.licencesTitle}</PageHeading>
      {content()}
      {loaded ? (
        <p className="list-note">
          {messages.hiddenLicencesNote} <Link to={paths.findSerial}>{messages.findSerialTitle}</Link>
        </p>
      ) : null}
    </div>
  );
}
