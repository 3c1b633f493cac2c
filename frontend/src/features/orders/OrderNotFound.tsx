// What an order's page says when the number is not one of the account's orders.
import { Link } from 'react-router';
import { errorSentence } from '../../lib/i18n/errorSentences';
import { useI18n } from '../../lib/i18n/useI18n';
import { paths } from '../../lib/paths';
import { PageHeading } from '../../lib/ui/PageHeading';
import { useOrderMessages } from './messages';

export function OrderNotFound() {
  const { language } = useI18n();
  const words = useOrderMessages();
  return (
    <div className="order-detail">
      <PageHeading>{words.orderNotFoundTitle}</PageHeading>
      <div className="card notice">
        <p>{errorSentence('OrderLookupErrorCode', 'NOT_FOUND', language)}</p>
        <p>
          <Link to={paths.orders}>{words.backToOrders}</Link>
        </p>
      </div>
    </div>
  );
}
