// 更新内容の選択: the cart's lines, "apply to all lines" for product and term, and the totals, which
// follow every change at once (worked out locally) and are confirmed by the server's prices.
import { useId, useState } from 'react';
import { Link } from 'react-router';
import { useI18n } from '../../lib/i18n/useI18n';
import { paths } from '../../lib/paths';
import { DocumentTotals } from '../../lib/ui/DocumentTotals';
import { applyProduct, changeLine, productChoices, terms } from './cart';
import { CartRow } from './CartRow';
import { useRenewalMessages } from './messages';
import { renewalErrorText } from './renewalErrorText';
import type { Cart } from './useCart';

function ApplyToAll({ cart }: { cart: Cart }) {
  const { messages } = useI18n();
  const words = useRenewalMessages();
  const productId = useId();
  const termId = useId();
  const products = new Map<string, string>();
  for (const facts of cart.facts.values()) {
    for (const choice of productChoices(facts)) {
      products.set(choice.code, choice.name);
    }
  }
  const [productCode, setProductCode] = useState('');
  const [years, setYears] = useState(1);
  const chosenProduct = products.has(productCode) ? productCode : ([...products.keys()][0] ?? '');

  return (
    <div className="apply-all card" role="group" aria-label={words.applyToAllLabel}>
      <div className="apply-all-control">
        <label htmlFor={productId}>{words.applyProductLabel}</label>
        <div className="apply-all-row">
          <select id={productId} value={chosenProduct} onChange={(event) => setProductCode(event.target.value)}>
            {[...products].map(([code, name]) => (
              <option key={code} value={code}>
                {name}
              </option>
            ))}
          </select>
          <button
            type="button"
            className="button button-secondary button-small"
            disabled={chosenProduct === ''}
            onClick={() => cart.replaceAll((item, facts) => applyProduct(facts, item, chosenProduct))}
          >
            {words.applyProduct}
          </button>
        </div>
      </div>
      <div className="apply-all-control">
        <label htmlFor={termId}>{words.applyTermLabel}</label>
        <div className="apply-all-row">
          <select id={termId} value={years} onChange={(event) => setYears(Number(event.target.value))}>
            {terms.map((term) => (
              <option key={term} value={term}>
                {messages.termYears(term)}
              </option>
            ))}
          </select>
          <button
            type="button"
            className="button button-secondary button-small"
            onClick={() => cart.replaceAll((item, facts) => (facts ? changeLine(facts, item, { years }) : item))}
          >
            {words.applyTerm}
          </button>
        </div>
      </div>
      <p className="field-hint apply-all-hint">{words.applyToAllHint}</p>
    </div>
  );
}

export function CartStep({ cart, onNext }: { cart: Cart; onNext: () => void }) {
  const { messages, language } = useI18n();
  const words = useRenewalMessages();
  const captionId = useId();

  if (cart.items.length === 0) {
    return (
      <div className="card notice">
        <p>{words.cartEmpty}</p>
        <Link to={paths.licences}>{words.chooseLicences}</Link>
      </div>
    );
  }

  const canProceed = cart.priced && cart.totals.lineCount > 0;
  return (
    <>
      <p className="lead">{words.cartIntro}</p>
      {cart.items.length > 1 ? <ApplyToAll cart={cart} /> : null}
      <div className="cart-list card">
        <table role="table" className="cart-table" aria-labelledby={captionId}>
          <caption id={captionId}>{words.cartCaption(cart.items.length)}</caption>
          <thead role="rowgroup">
            <tr role="row">
              <th role="columnheader" scope="col">
                {messages.columnSerial}
              </th>
              <th role="columnheader" scope="col">
                {words.columnCurrent}
              </th>
              <th role="columnheader" scope="col">
                {words.columnProduct}
              </th>
              <th role="columnheader" scope="col">
                {messages.columnTerm}
              </th>
              <th role="columnheader" scope="col" className="amount">
                {messages.columnPriceExcludingTax}
              </th>
              <th role="columnheader" scope="col">
                {messages.columnNewExpiryExpected}
              </th>
              <th role="columnheader" scope="col">
                <span className="visually-hidden">{words.remove}</span>
              </th>
            </tr>
          </thead>
          <tbody role="rowgroup">
            {cart.items.map((item) => (
              <CartRow
                key={item.serialNumber}
                item={item}
                facts={cart.facts.get(item.serialNumber)}
                unknown={cart.unknown.has(item.serialNumber)}
                errors={cart.rowErrors.get(item.serialNumber)}
                onChange={cart.replace}
                onRemove={cart.remove}
              />
            ))}
          </tbody>
        </table>
      </div>
      {cart.cartErrors.length > 0 || cart.failed ? (
        <div className="form-alert" role="alert">
          {cart.failed ? <p>{messages.unexpectedError}</p> : null}
          {cart.cartErrors.map((error) => (
            <p key={error.code}>{renewalErrorText(error, language)}</p>
          ))}
        </div>
      ) : null}
      <section className="cart-summary card" aria-labelledby={`${captionId}-totals`}>
        <h2 id={`${captionId}-totals`}>{messages.totalsLabel}</h2>
        <p className="cart-line-count">{words.includedCount(cart.totals.lineCount, cart.items.length)}</p>
        <DocumentTotals totals={cart.totals} />
        <p className="pricing-status" role="status">
          {cart.priced ? '' : words.checkingPrices}
        </p>
      </section>
      <div className="form-actions step-actions">
        <button type="button" className="button button-primary" disabled={!canProceed} onClick={onNext}>
          {words.toBilling}
        </button>
      </div>
    </>
  );
}
