// 注文・帳票の検索: every account's orders with their invoices and receipts, by any combination of number,
// customer, serial, issue dates and amounts. The search lives in the address, so it can be shared,
// bookmarked and reloaded; the results come a page at a time.
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { useQuery } from 'urql';
import type { ArchiveEntryFieldsFragment } from '../../../gql/graphql';
import { isUnauthenticated } from '../../../lib/graphql/errors';
import { errorSentence } from '../../../lib/i18n/errorSentences';
import { useI18n } from '../../../lib/i18n/useI18n';
import { LoadError } from '../../../lib/ui/LoadError';
import { Loading } from '../../../lib/ui/Loading';
import { PageHeading } from '../../../lib/ui/PageHeading';
import { ShowMore } from '../../../lib/ui/ShowMore';
import { SignInAndReturn } from '../../../lib/ui/SignInAndReturn';
import { ArchiveResults } from './ArchiveResults';
import { ArchiveSearchForm, type FieldErrors } from './ArchiveSearchForm';
import { draftFromParams, isSearchField, paramsFromDraft, searchInput, type SearchDraft } from './archiveSearch';
import { archiveQuery } from './documents';
import { useArchiveMessages } from './messages';
import './archive.css';

const archivePageSize = 20;

export function ArchivePage() {
  const { language } = useI18n();
  const words = useArchiveMessages();
  const [params, setParams] = useSearchParams();
  const draft = draftFromParams(params);
  const searchKey = paramsFromDraft(draft).toString();
  const criteria = searchInput(draft);
  // The pages already shown of this search; another search starts again from its first page.
  const [earlier, setEarlier] = useState<{
    searchKey: string;
    after: string;
    rows: ArchiveEntryFieldsFragment[];
  } | null>(null);
  const shown = earlier?.searchKey === searchKey ? earlier : null;
  const [result, reexecute] = useQuery({
    query: archiveQuery,
    variables: {
      search: criteria.input ?? {},
      first: archivePageSize,
      after: shown?.after ?? null,
    },
    pause: criteria.input === null,
    requestPolicy: 'cache-and-network',
  });

  if (isUnauthenticated(result.error)) {
    return <SignInAndReturn />;
  }

  const answered = result.operation?.variables;
  const isCurrent =
    answered !== undefined &&
    JSON.stringify(answered.search) === JSON.stringify(criteria.input) &&
    (answered.after ?? null) === (shown?.after ?? null);
  const payload = isCurrent ? result.data?.archive : undefined;
  const page = payload?.page ?? undefined;

  const fieldErrors: FieldErrors = {};
  let formError: string | null = null;
  for (const [field, problem] of Object.entries(criteria.problems ?? {})) {
    if (isSearchField(field)) {
      fieldErrors[field] = words.problems[problem];
    }
  }
  for (const error of payload?.errors ?? []) {
    const sentence = errorSentence('ArchiveSearchErrorCode', error.code, language, { maxLength: error.maxLength });
    if (isSearchField(error.field)) {
      fieldErrors[error.field] = sentence;
    } else {
      formError = sentence;
    }
  }

  function search(next: SearchDraft) {
    const nextParams = paramsFromDraft(next);
    if (nextParams.toString() === searchKey) {
      // The same search again: asked afresh, from its first page.
      setEarlier(null);
      reexecute({ requestPolicy: 'network-only' });
    } else {
      setParams(nextParams);
    }
  }

  function results() {
    if (criteria.input === null || (payload !== undefined && payload.errors.length > 0)) {
      return null;
    }
    const rows = [...(shown?.rows ?? []), ...(page?.nodes ?? [])];
    if (result.error && page === undefined) {
      return <LoadError onRetry={() => reexecute({ requestPolicy: 'network-only' })} />;
    }
    if (page === undefined && rows.length === 0) {
      return <Loading />;
    }
    const endCursor = page?.pageInfo.hasNextPage ? (page.pageInfo.endCursor ?? null) : null;
    return (
      <>
        <p className="result-count" aria-live="polite">
          {words.resultCount(rows.length, page?.totalCount ?? rows.length)}
        </p>
        {rows.length === 0 ? <p className="card empty-state">{words.noResults}</p> : <ArchiveResults rows={rows} />}
        {endCursor !== null ? (
          <ShowMore fetching={result.fetching} onShowMore={() => setEarlier({ searchKey, after: endCursor, rows })} />
        ) : null}
      </>
    );
  }

  return (
    <div className="archive">
      <PageHeading>{words.title}</PageHeading>
      <p className="lead">{words.lead}</p>
      {/* Keyed by the search, so going back or forward in history shows that search's criteria. */}
      <ArchiveSearchForm
        key={searchKey}
        initial={draft}
        errors={fieldErrors}
        formError={formError}
        searching={result.fetching}
        onSearch={search}
      />
      {results()}
    </div>
  );
}
