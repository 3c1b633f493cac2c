// "My licences": every listed serial of the signed-in account, soonest expiry first, with filters,
// a search, and the choice of serials to renew (one, some, or all renewable ones at once).
import { useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { isUnauthenticated } from '../../lib/graphql/errors';
import { useI18n } from '../../lib/i18n/useI18n';
import { paths, type RenewalNavigationState } from '../../lib/paths';
import { LoadError } from '../../lib/ui/LoadError';
import { PageHeading } from '../../lib/ui/PageHeading';
import { SignInAndReturn } from '../../lib/ui/SignInAndReturn';
import { LicenceListControls } from './LicenceListControls';
import { LicenceTable } from './LicenceTable';
import { SelectionBar, type SelectAllOutcome } from './SelectionBar';
import { listFilters, useLicenceList, type ListFilter } from './useLicenceList';

function isListFilter(value: string | null): value is ListFilter {
  return listFilters.some((filter) => filter === value);
}

export function LicencesPage() {
  const { messages } = useI18n();
  const navigate = useNavigate();
  // The filter and search live in the address, so a reload or the back button keeps them.
  const [params, setParams] = useSearchParams();
  const filterParam = params.get('filter');
  const filter: ListFilter = isListFilter(filterParam) ? filterParam : 'all';
  const search = params.get('q') ?? '';
  const list = useLicenceList(filter, search);
  const [focusRow, setFocusRow] = useState<number | null>(null);
  // Insertion order: the cart lists serials in the order they were chosen.
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [selecting, setSelecting] = useState(false);
  const [outcome, setOutcome] = useState<SelectAllOutcome | null>(null);
  const [selectAllFailed, setSelectAllFailed] = useState(false);

  if (isUnauthenticated(list.error)) {
    return <SignInAndReturn />;
  }

  function changeList(nextFilter: ListFilter, nextSearch: string) {
    const next = new URLSearchParams();
    if (nextFilter !== 'all') {
      next.set('filter', nextFilter);
    }
    if (nextSearch !== '') {
      next.set('q', nextSearch);
    }
    setFocusRow(null);
    setParams(next);
  }

  function toggle(serialNumber: string, checked: boolean) {
    const next = new Set(selected);
    if (checked) {
      next.add(serialNumber);
    } else {
      next.delete(serialNumber);
    }
    setOutcome(null);
    setSelected(next);
  }

  async function selectAllRenewable() {
    setSelecting(true);
    setSelectAllFailed(false);
    const found = await list.renewableSerialNumbers();
    setSelecting(false);
    if (found === null) {
      setSelectAllFailed(true);
      return;
    }
    setSelected(new Set(found.serialNumbers));
    setOutcome({
      selected: found.serialNumbers.length,
      totalCount: found.totalCount,
      limit: found.limit,
    });
  }

  function renew(serialNumbers: Iterable<string>) {
    const state: RenewalNavigationState = {
      add: Array.from(serialNumbers, (serialNumber) => ({ serialNumber })),
    };
    void navigate(paths.renewal, { state });
  }

  function content() {
    if (list.rows.length > 0 && list.totalCount !== null) {
      const showMore = list.showMore;
      return (
        <>
          <p className="result-count" aria-live="polite">
            {messages.licenceCount(list.rows.length, list.totalCount)}
          </p>
          <LicenceTable
            rows={list.rows}
            focusRow={focusRow}
            selected={selected}
            onToggle={toggle}
            onRenew={(serialNumber) => renew([serialNumber])}
          />
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
    const narrowed = filter !== 'all' || search !== '';
    return <p className="card empty-state">{narrowed ? messages.noMatchingLicences : messages.noLicences}</p>;
  }

  const loaded = list.totalCount !== null;
  const anyRenewable = (list.counts?.renewable ?? 0) > 0;

  return (
    <div className="licences">
      <PageHeading>{messages.licencesTitle}</PageHeading>
      {list.counts !== null && list.counts.all === 0 && search === '' ? null : (
        <LicenceListControls
          key={search}
          filter={filter}
          search={search}
          counts={list.counts}
          onFilter={(next) => changeList(next, search)}
          onSearch={(next) => changeList(filter, next)}
        />
      )}
      {anyRenewable || selected.size > 0 ? (
        <SelectionBar
          selectedCount={selected.size}
          selecting={selecting}
          outcome={outcome}
          onSelectAll={() => void selectAllRenewable()}
          onClear={() => {
            setOutcome(null);
            setSelected(new Set());
          }}
          onRenewSelected={() => renew(selected)}
        />
      ) : null}
      {selectAllFailed ? (
        <p className="form-alert" role="alert">
          {messages.unexpectedError}
        </p>
      ) : null}
      {content()}
      {loaded ? (
        <p className="list-note">
          {messages.hiddenLicencesNote} <Link to={paths.findSerial}>{messages.findSerialTitle}</Link>
        </p>
      ) : null}
    </div>
  );
}
