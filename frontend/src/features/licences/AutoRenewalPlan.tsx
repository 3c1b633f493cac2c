// The annual auto-renewal plan (年額あんしん自動更新), offered apart from the fixed terms.
import { useId } from 'react';
import { useI18n } from '../../lib/i18n/useI18n';
import { OptionTable } from './OptionTable';
import type { RenewalOption } from './renewalOptions';

export function AutoRenewalPlan({
  options,
  onChoose,
}: {
  options: RenewalOption[];
  onChoose: (option: RenewalOption) => void;
}) {
  const { messages } = useI18n();
  const headingId = useId();
  return (
    // Not a landmark of its own: its table's scroll region already carries the name.
    <section className="auto-renewal card">
      <h2 id={headingId}>{messages.autoRenewalTitle}</h2>
      <p>{messages.autoRenewalExplanation}</p>
      <div className="table-scroll" role="region" aria-labelledby={headingId} tabIndex={0}>
        <OptionTable
          labelledBy={headingId}
          lead={{ header: messages.columnProduct, cell: (option) => option.product.name }}
          totalHeader={messages.columnYearlyPriceIncludingTax}
          options={options}
          variant="plan"
          onChoose={onChoose}
        />
      </div>
    </section>
  );
}
