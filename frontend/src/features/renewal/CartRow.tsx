// One serial of the cart: what it is now, the product and term chosen for it (only what the serial
// allows), the annual auto-renewal where offered, its price and expected new expiry; or, when it
// cannot be ordered, why, and that it is left out. Memoised: a change re-renders only its own row,
// which keeps a 1,000-line cart responsive.
import { memo, useId } from 'react';
import type { RenewalErrorFieldsFragment } from '../../gql/graphql';
import { formatDate } from '../../lib/i18n/formatDate';
import { formatYen } from '../../lib/i18n/formatYen';
import { useI18n } from '../../lib/i18n/useI18n';
import {
  changeLine,
  offersAutoRenewal,
  optionFor,
  productChoices,
  terms,
  type CartItem,
  type SerialFacts,
} from './cart';
import { renewalErrorText } from './renewalErrorText';
import { useRenewalMessages } from './messages';

interface Props {
  item: CartItem;
  facts: SerialFacts | undefined;
  /** The server does not know the serial: there is nothing to choose, only the error. */
  unknown: boolean;
  errors: RenewalErrorFieldsFragment[] | undefined;
  onChange: (item: CartItem) => void;
  onRemove: (serialNumber: string) => void;
}

function CartRowView({ item, facts, unknown, errors, onChange, onRemove }: Props) {
  const { messages, language } = useI18n();
  const words = useRenewalMessages();
  const errorId = useId();
  const option = optionFor(facts, item);
  const choices = facts ? productChoices(facts) : [];
  const hasError = errors !== undefined && errors.length > 0;
  const pending = facts === undefined && !unknown;
  const describedBy = hasError ? errorId : undefined;

  return (
    <tr role="row" className={hasError ? 'cart-row cart-row-error' : 'cart-row'}>
      <th role="rowheader" scope="row" className="cart-serial">
        <span className="serial-number">{item.serialNumber}</span>
        {hasError ? (
          <span id={errorId} className="row-error">
            {errors.map((error) => (
              <span key={`${error.code}-${error.field ?? ''}`} className="row-error-text">
                {renewalErrorText(error, language)}
              </span>
            ))}
            <span className="row-left-out">{words.leftOutOfOrder}</span>
          </span>
        ) : null}
      </th>
      <td role="cell" className="cart-current" data-label={words.columnCurrent}>
        {facts ? (
          <>
            <span className="product-name">{facts.product.name}</span>
            <span className="cart-current-expiry">{words.expiresOn(formatDate(facts.expiresOn, language))}</span>
          </>
        ) : (
          <span className="muted">{pending ? messages.loading : '—'}</span>
        )}
      </td>
      <td role="cell" className="cart-product" data-label={words.columnProduct}>
        {choices.length > 0 ? (
          <select
            aria-label={words.productFor(item.serialNumber)}
            aria-describedby={describedBy}
            aria-invalid={hasError || undefined}
            value={item.productCode ?? ''}
            onChange={(event) => onChange(changeLine(facts, item, { productCode: event.target.value }))}
          >
            {choices.map((choice) => (
              <option key={choice.code} value={choice.code}>
                {choice.current ? `${choice.name}（${messages.currentProduct}）` : choice.name}
              </option>
            ))}
          </select>
        ) : (
          <span className="muted">—</span>
        )}
      </td>
      <td role="cell" className="cart-term" data-label={messages.columnTerm}>
        {choices.length > 0 ? (
          <>
            <select
              aria-label={words.termFor(item.serialNumber)}
              aria-describedby={describedBy}
              value={item.years}
              onChange={(event) => onChange(changeLine(facts, item, { years: Number(event.target.value) }))}
            >
              {terms.map((years) => (
                <option key={years} value={years}>
                  {messages.termYears(years)}
                </option>
              ))}
            </select>
            {offersAutoRenewal(facts, item) ? (
              <label className="cart-auto-renewal">
                <input
                  type="checkbox"
                  aria-label={words.autoRenewalFor(item.serialNumber)}
                  checked={item.autoRenewal}
                  onChange={(event) => onChange(changeLine(facts, item, { autoRenewal: event.target.checked }))}
                />
                {messages.autoRenewalShort}
              </label>
            ) : null}
          </>
        ) : (
          <span className="muted">—</span>
        )}
      </td>
      <td role="cell" className="amount cart-price" data-label={messages.columnPriceExcludingTax}>
        {option && !hasError ? formatYen(option.priceExcludingTax, language) : '—'}
      </td>
      <td role="cell" className="cart-expiry" data-label={messages.columnNewExpiryExpected}>
        {option && !hasError ? (
          <time dateTime={option.newExpiresOn}>{formatDate(option.newExpiresOn, language)}</time>
        ) : (
          '—'
        )}
      </td>
      <td role="cell" className="cart-remove">
        <button type="button" className="button button-quiet" onClick={() => onRemove(item.serialNumber)}>
          <span aria-hidden="true">{words.remove}</span>
          <span className="visually-hidden">{words.removeSerial(item.serialNumber)}</span>
        </button>
      </td>
    </tr>
  );
}

export const CartRow = memo(CartRowView);
