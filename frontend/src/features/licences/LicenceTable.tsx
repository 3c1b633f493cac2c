// The table of licences: serial number, product, expiry date and status (in words, never colour alone).
import { useEffect, useId, useRef } from 'react';
import type { LicenceStatus } from '../../gql/graphql';
import { formatDate } from '../../lib/i18n/formatDate';
import { useI18n } from '../../lib/i18n/useI18n';
import { licenceStatusText } from './licenceStatus';
import type { LicenceRow } from './useLicenceList';

const statusClass: Record<LicenceStatus, string> = {
  ACTIVE: 'status-active',
  EXPIRING_SOON: 'status-expiring',
  EXPIRED: 'status-expired',
};

interface Props {
  rows: LicenceRow[];
  /** Index of a row to move focus to once it is shown (the first row of a page just loaded). */
  focusRow: number | null;
}

export function LicenceTable({ rows, focusRow }: Props) {
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
    // Focusable so keyboard users can scroll the table sideways on narrow screens.
    <div className="table-scroll" role="region" aria-labelledby={captionId} tabIndex={0}>
      <table className="licence-table">
        <caption id={captionId}>{messages.licencesCaption}</caption>
        <thead>
          <tr>
            <th scope="col">{messages.columnSerial}</th>
            <th scope="col">{messages.columnProduct}</th>
            <th scope="col">{messages.columnExpiry}</th>
            <th scope="col">{messages.columnStatus}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row, index) => (
            <tr
              key={row.serialNumber}
              ref={index === focusRow ? focusRowRef : undefined}
              tabIndex={index === focusRow ? -1 : undefined}
            >
              <th scope="row" className="serial-number">
                {row.serialNumber}
              </th>
              <td className="product-name">{row.product.name}</td>
              <td className="expiry-date">
                <time dateTime={row.expiresOn}>{formatDate(row.expiresOn, language)}</time>
              </td>
              <td>
                <span className={`status ${statusClass[row.status]}`}>
                  {licenceStatusText(row.status, row.daysUntilExpiry, messages)}
                </span>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
