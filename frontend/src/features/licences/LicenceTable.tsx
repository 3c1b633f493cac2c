// The table of licences: a check box for each renewable serial, the serial number (to its page),
// product, expiry date, status and whether it can be renewed now (in words, never colour alone), with
// [契約更新を申し込む] for one serial. Below 40rem each row is laid out as a card (see styles.css), so
// the roles are spelled out: some browsers drop a table's semantics once its rows are not rows.
import { useEffect, useId, useRef } from 'react';
import { Link } from 'react-router';
import { formatDate } from '../../lib/i18n/formatDate';
import { useI18n } from '../../lib/i18n/useI18n';
import { licencePath } from '../../lib/paths';
import { RenewalInProgress } from './RenewalInProgress';
import { EligibilitySentence } from './EligibilitySentence';
import { LicenceStatusBadge } from './LicenceStatusBadge';
import type { LicenceRow } from './useLicenceList';

interface Props {
  rows: LicenceRow[];
  /** Index of a row to move focus to once it is shown (the first row of a page just loaded). */
  focusRow: number | null;
  selected: ReadonlySet<string>;
  onToggle: (serialNumber: string, checked: boolean) => void;
  onRenew: (serialNumber: string) => void;
}

export function LicenceTable({ rows, focusRow, selected, onToggle, onRenew }: Props) {
  const { messages, language } = useI18n();
  const captionId = useId();
  const focusRowRef = useRef<HTMLTableRowElement>(null);
  const focusRowShown = focusRow !== null && focusRow < rows.length;

  useEffect(() => {
    if (focusRowShown) {
      focusRowRef.current?.focus();
    }
  }, [focusRowShown]);

  return (
    <div className="licence-list card">
      <table role="table" className="licence-table" aria-labelledby={captionId}>
        <caption id={captionId}>{messages.licencesCaption}</caption>
        <thead role="rowgroup">
          <tr role="row">
            <th role="columnheader" scope="col" className="col-select">
              <span className="visually-hidden">{messages.columnSelect}</span>
            </th>
            <th role="columnheader" scope="col">
              {messages.columnSerial}
            </th>
            <th role="columnheader" scope="col">
              {messages.columnProduct}
            </th>
            <th role="columnheader" scope="col">
              {messages.columnExpiry}
            </th>
            <th role="columnheader" scope="col">
              {messages.columnStatus}
            </th>
            <th role="columnheader" scope="col">
              {messages.columnRenewal}
            </th>
          </tr>
        </thead>
        <tbody role="rowgroup">
          {rows.map((row, index) => (
            <tr
              role="row"
              key={row.serialNumber}
              ref={index === focusRow ? focusRowRef : undefined}
              tabIndex={index === focusRow ? -1 : undefined}
            >
              <td role="cell" className="select">
                {row.eligibility.renewable ? (
                  <input
                    type="checkbox"
                    aria-label={messages.selectSerial(row.serialNumber)}
                    checked={selected.has(row.serialNumber)}
                    onChange={(event) => onToggle(row.serialNumber, event.target.checked)}
                  />
                ) : null}
              </td>
              <th role="rowheader" scope="row" className="serial-number">
                <Link to={licencePath(row.serialNumber)}>{row.serialNumber}</Link>
              </th>
              <td role="cell" className="product-name">
                {row.product.name}
              </td>
              <td role="cell" className="expiry-date" data-label={messages.columnExpiry}>
                <time dateTime={row.expiresOn}>{formatDate(row.expiresOn, language)}</time>
              </td>
              <td role="cell" className="licence-status" data-label={messages.columnStatus}>
                <LicenceStatusBadge status={row.status} daysUntilExpiry={row.daysUntilExpiry} />
              </td>
              <td role="cell" className="renewal">
                <EligibilitySentence eligibility={row.eligibility} />
                <RenewalActions row={row} onRenew={onRenew} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function RenewalActions({ row, onRenew }: { row: LicenceRow; onRenew: (serialNumber: string) => void }) {
  const { messages } = useI18n();
  // Each row's controls say which serial they are for, read out of context.
  const which = <span className="visually-hidden"> ({row.serialNumber})</span>;
  if (row.renewalInProgress) {
    return <RenewalInProgress progress={row.renewalInProgress} />;
  }
  if (row.eligibility.reason === 'TOO_LATE') {
    return (
      <Link className="renewal-link" to={licencePath(row.serialNumber)}>
        {messages.whatToDoInstead}
        {which}
      </Link>
    );
  }
  if (!row.eligibility.renewable) {
    return null;
  }
  return (
    <span className="renewal-actions">
      <button type="button" className="button button-secondary button-small" onClick={() => onRenew(row.serialNumber)}>
        {messages.renewOne}
        {which}
      </button>
      <Link className="renewal-link" to={licencePath(row.serialNumber)}>
        {messages.seeRenewalOptions}
        {which}
      </Link>
    </span>
  );
}
