// Above the list: the search box (part of a serial in any spelling, or a product's name) and the
// filters, each with how many serials it would show for the current search.
import { useId, useState, type SubmitEvent } from 'react';
import { useI18n } from '../../lib/i18n/useI18n';
import type { Messages } from '../../lib/i18n/messages';
import { listFilters, type LicenceCounts, type ListFilter } from './useLicenceList';

interface Props {
  filter: ListFilter;
  search: string;
  counts: LicenceCounts | null;
  onFilter: (filter: ListFilter) => void;
  onSearch: (search: string) => void;
}

function filterLabel(filter: ListFilter, messages: Messages): string {
  switch (filter) {
    case 'all':
      return messages.filterAll;
    case 'expiring-soon':
      return messages.filterExpiringSoon;
    case 'expired':
      return messages.filterExpired;
    case 'renewable':
      return messages.filterRenewable;
    case 'in-open-order':
      return messages.filterInOpenOrder;
  }
}

function filterCount(filter: ListFilter, counts: LicenceCounts): number {
  switch (filter) {
    case 'all':
      return counts.all;
    case 'expiring-soon':
      return counts.expiringSoon;
    case 'expired':
      return counts.expired;
    case 'renewable':
      return counts.renewable;
    case 'in-open-order':
      return counts.inOpenOrder;
  }
}

export function LicenceListControls({ filter, search, counts, onFilter, onSearch }: Props) {
  const { messages } = useI18n();
  const searchId = useId();
  const hintId = useId();
  const [draft, setDraft] = useState(search);

  function handleSubmit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    onSearch(draft.trim());
  }

  return (
    <div className="list-controls">
      <form className="list-search" role="search" onSubmit={handleSubmit}>
        <label htmlFor={searchId}>{messages.searchLabel}</label>
        <p id={hintId} className="field-hint">
          {messages.searchHint}
        </p>
        <div className="list-search-row">
          <input
            id={searchId}
            type="search"
            value={draft}
            maxLength={100}
            aria-describedby={hintId}
            onChange={(event) => setDraft(event.target.value)}
          />
          <button type="submit" className="button button-secondary">
            {messages.searchSubmit}
          </button>
        </div>
      </form>
      <div className="list-filters" role="group" aria-label={messages.filterGroupLabel}>
        {listFilters.map((each) => (
          <button
            key={each}
            type="button"
            className="filter-chip"
            aria-pressed={each === filter}
            onClick={() => onFilter(each)}
          >
            {filterLabel(each, messages)}
            {counts ? ' ' : null}
            {counts ? <span className="filter-count">{messages.filterCount(filterCount(each, counts))}</span> : null}
          </button>
        ))}
      </div>
    </div>
  );
}
