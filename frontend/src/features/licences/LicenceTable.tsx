// The table of licences: serial number (to its page), product, expiry date, status and whether
// it can be renewed now (in words, never colour alone).
import { useEffect, useId, useRef } from 'react';
import { Link } from 'react-router';
import { formatDate } from '../../lib/i18n/formatDate';
import { useI18n } from '../../lib/i18n/useI18n';
import { licencePath } from '../../lib/paths';
import { EligibilitySentence } from './EligibilitySentence';
import { LicenceStatusBadge } from './LicenceStatusBadge';
import type { LicenceRow } from './useLicenceList';

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
            <th scope="col">{messages.columnRenewal}</th>
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
                <Link to={licencePath(row.serialNumber)}>{row.serialNumber}</Link>
              </th>
              <td className="product-name">{row.product.name}</td>
              <td className="expiry-date">
                <time dateTime={row.expiresOn}>{formatDate(row.expiresOn, language)}</time>
              </td>
              <td>
                <LicenceStatusBadge status={row.status} daysUntilExpiry={row.daysUntilExpiry} />
              </td>
              <td className="renewal">
                <EligibilitySentence eligibility={row.eligibility} />
                {row.eligibility.renewable ? (
                  <Link className="renewal-link" to={licencePath(row.serialNumber)}>
                    {messages.seeRenewalOptions}
                    {/* Each row's link says which serial it is for, read out of context. */}
                    <span className="visually-hidden"> ({row.serialNumber})</span>
                  </Link>
                ) : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
