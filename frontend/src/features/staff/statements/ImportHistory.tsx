// The statements imported so far, newest first, a page at a time: file, format, when and by whom,
// and what each did.
import { useId, useState } from 'react';
import { useQuery } from 'urql';
import type { StatementImportsQuery } from '../../../gql/graphql';
import { formatInstantDateTime } from '../../../lib/i18n/formatDate';
import { useI18n } from '../../../lib/i18n/useI18n';
import { LoadError } from '../../../lib/ui/LoadError';
import { Loading } from '../../../lib/ui/Loading';
import { ShowMore } from '../../../lib/ui/ShowMore';
import { useStaffMessages } from '../messages';
import { statementImportsQuery } from './documents';
import { useStatementMessages } from './messages';
import { pagesSoFar, type EarlierPages } from '../../../lib/graphql/pagesSoFar';

type ImportRow = StatementImportsQuery['statementImports']['nodes'][number];

const importPageSize = 20;

export function ImportHistory() {
  const { language } = useI18n();
  const words = useStatementMessages();
  const staffWords = useStaffMessages();
  const headingId = useId();
  const captionId = useId();
  const [earlier, setEarlier] = useState<EarlierPages<ImportRow> | null>(null);
  const [result, reexecute] = useQuery({
    query: statementImportsQuery,
    variables: { first: importPageSize, after: earlier?.after ?? null },
    requestPolicy: 'cache-and-network',
  });
  const { current, rows, endCursor } = pagesSoFar(
    earlier,
    result.operation?.variables.after,
    result.data?.statementImports,
  );

  function content() {
    if (result.error && rows.length === 0) {
      return <LoadError onRetry={() => reexecute({ requestPolicy: 'network-only' })} />;
    }
    if (current === undefined && rows.length === 0) {
      return <Loading />;
    }
    if (rows.length === 0) {
      return <p className="card empty-state">{words.noImports}</p>;
    }
    return (
      <>
        <p className="result-count" aria-live="polite">
          {words.historyCount(rows.length, current?.totalCount ?? rows.length)}
        </p>
        <div className="card table-scroll" role="region" aria-labelledby={captionId} tabIndex={0}>
          <table className="licence-table staff-table">
            <caption id={captionId}>{words.historyCaption}</caption>
            <thead>
              <tr>
                <th scope="col">{words.columnFilename}</th>
                <th scope="col">{words.columnFormat}</th>
                <th scope="col">{words.columnImportedAt}</th>
                <th scope="col">{words.columnImportedBy}</th>
                <th scope="col" className="amount">
                  {words.figureCredits}
                </th>
                <th scope="col" className="amount">
                  {words.figureApplied}
                </th>
                <th scope="col" className="amount">
                  {words.figureToReview}
                </th>
                <th scope="col" className="amount">
                  {words.figureAlreadyImported}
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.id}>
                  <th scope="row" className="statement-filename">
                    {row.filename}
                  </th>
                  <td>{staffWords.formats[row.format]}</td>
                  <td className="nowrap">{formatInstantDateTime(row.importedAt, language)}</td>
                  <td>{row.importedBy ?? words.commandLine}</td>
                  <td className="amount">{row.credits}</td>
                  <td className="amount">{row.applied}</td>
                  <td className="amount">{row.toReview}</td>
                  <td className="amount">{row.alreadyImported}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        {endCursor !== null ? (
          <ShowMore fetching={result.fetching} onShowMore={() => setEarlier({ after: endCursor, rows })} />
        ) : null}
      </>
    );
  }

  return (
    <section className="statement-history" aria-labelledby={headingId}>
      <h2 id={headingId}>{words.historyHeading}</h2>
      {content()}
    </section>
  );
}
