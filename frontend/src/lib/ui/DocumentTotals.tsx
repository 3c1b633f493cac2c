// A document's totals as Japanese invoices state them: per tax rate the amount subject to it and
// its tax (computed once on the whole document), then the total including tax.
import { formatYen } from '../i18n/formatYen';
import { useI18n } from '../i18n/useI18n';

export interface Totals {
  rates: { ratePercent: number; amountExcludingTax: number; tax: number }[];
  totalIncludingTax: number;
}

export function DocumentTotals({ totals, live = false }: { totals: Totals; live?: boolean }) {
  const { messages, language } = useI18n();
  return (
    <dl className="document-totals" aria-label={messages.totalsLabel} aria-live={live ? 'polite' : undefined}>
      {totals.rates.map((rate) => (
        <div key={rate.ratePercent} className="totals-rate">
          <dt>{messages.rateSubject(rate.ratePercent)}</dt>
          <dd>{formatYen(rate.amountExcludingTax, language)}</dd>
          <dt>{messages.rateTax(rate.ratePercent)}</dt>
          <dd>{formatYen(rate.tax, language)}</dd>
        </div>
      ))}
      <div className="totals-total">
        <dt>{messages.totalIncludingTax}</dt>
        <dd>{formatYen(totals.totalIncludingTax, language)}</dd>
      </div>
    </dl>
  );
}
