// The fixed-term renewal options: one table per target product, one row per term.
import { useId } from 'react';
import { useI18n } from '../../lib/i18n/useI18n';
import { OptionTable } from './OptionTable';
import type { ProductOptions, RenewalOption } from './renewalOptions';

interface Props {
  group: ProductOptions;
  onChoose: (option: RenewalOption) => void;
}

function ProductOptionTable({ group, onChoose }: Props) {
  const { messages } = useI18n();
  const headingId = useId();
  return (
    <div className="option-group">
      <h3 id={headingId} className="option-product">
        {group.product.name}
      </h3>
      {/* Focusable so keyboard users can scroll the table sideways if it does not fit. */}
      <div className="table-scroll" role="region" aria-labelledby={headingId} tabIndex={0}>
        <OptionTable
          labelledBy={headingId}
          lead={{ header: messages.columnTerm, cell: (option) => messages.termYears(option.years) }}
          totalHeader={messages.columnPriceIncludingTax}
          options={group.terms}
          variant="terms"
          onChoose={onChoose}
        />
      </div>
    </div>
  );
}

export function RenewalOptionTables({
  groups,
  onChoose,
}: {
  groups: ProductOptions[];
  onChoose: (option: RenewalOption) => void;
}) {
  return (
    <>
      {groups.map((group) => (
        <ProductOptionTable key={group.product.code} group={group} onChoose={onChoose} />
      ))}
    </>
  );
}
