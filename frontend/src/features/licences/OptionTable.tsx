// A table of renewal prices: one row per option, led by its term or its product, with the price
// excluding tax, the tax, the price including it and the expiry the serial would get if paid today,
// and the action that starts a renewal with that option.
// On narrow screens each row is laid out as a small card (see styles.css), so the roles are
// spelled out: some browsers drop a table's semantics once its rows are not displayed as rows.
import { formatDate } from '../../lib/i18n/formatDate';
import { formatYen } from '../../lib/i18n/formatYen';
import { useI18n } from '../../lib/i18n/useI18n';
import type { RenewalOption } from './renewalOptions';

interface Props {
  labelledBy: string;
  /** The first column's header, and what each row is called in it. */
  lead: { header: string; cell: (option: RenewalOption) => string };
  totalHeader: string;
  options: RenewalOption[];
  variant: 'terms' | 'plan';
  onChoose: (option: RenewalOption) => void;
}

export function OptionTable({ labelledBy, lead, totalHeader, options, variant, onChoose }: Props) {
  const { messages, language } = useI18n();
  return (
    <table role="table" className={`option-table option-table-${variant}`} aria-labelledby={labelledBy}>
      <thead role="rowgroup">
        <tr role="row">
          <th role="columnheader" scope="col" className="col-lead">
            {lead.header}
          </th>
          <th role="columnheader" scope="col" className="amount">
            {messages.columnPriceExcludingTax}
          </th>
          <th role="columnheader" scope="col" className="amount">
            {messages.columnTax}
          </th>
          <th role="columnheader" scope="col" className="amount">
            {totalHeader}
          </th>
          <th role="columnheader" scope="col" className="col-expiry">
            {messages.columnNewExpiry}
          </th>
          <th role="columnheader" scope="col" className="col-choose">
            <span className="visually-hidden">{messages.columnChoose}</span>
          </th>
        </tr>
      </thead>
      <tbody role="rowgroup">
        {options.map((option) => (
          <tr role="row" key={`${option.product.code}-${option.years}`}>
            <th role="rowheader" scope="row" className="option-lead">
              {lead.cell(option)}
            </th>
            <td role="cell" className="amount option-excluding" data-label={messages.columnPriceExcludingTax}>
              {formatYen(option.priceExcludingTax, language)}
            </td>
            <td role="cell" className="amount option-tax" data-label={messages.columnTax}>
              {formatYen(option.tax, language)}
            </td>
            <td role="cell" className="amount option-total" data-label={totalHeader}>
              {formatYen(option.priceIncludingTax, language)}
            </td>
            <td role="cell" className="option-expiry" data-label={messages.columnNewExpiry}>
              <time dateTime={option.newExpiresOn}>{formatDate(option.newExpiresOn, language)}</time>
            </td>
            <td role="cell" className="option-choose">
              <button type="button" className="button button-primary button-small" onClick={() => onChoose(option)}>
                {option.autoRenewal ? messages.chooseAutoRenewal : messages.chooseOption}
                <span className="visually-hidden">
                  {' '}
                  ({option.product.name}
                  {option.autoRenewal ? '' : `, ${messages.termYears(option.years)}`})
                </span>
              </button>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
