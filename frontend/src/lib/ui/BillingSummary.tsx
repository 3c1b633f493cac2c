// The billing details of a quote or an order as the customer gave them, as plain text.
import type { BillingDetailsFieldsFragment } from '../../gql/graphql';
import { useI18n } from '../i18n/useI18n';

/** As the API returns them, or as the form sends them (optional fields absent). */
type Billing = { [Field in keyof BillingDetailsFieldsFragment]?: string | null | undefined };

export function BillingSummary({ billing }: { billing: Billing }) {
  const { messages } = useI18n();
  const rows: [string, string | null | undefined][] = [
    [messages.billingCompanyName, billing.companyName],
    [messages.billingDepartment, billing.department],
    [messages.billingContactName, billing.contactName],
    [messages.billingEmail, billing.email],
    [messages.billingPhone, billing.phone],
    [messages.billingPostalCode, billing.postalCode],
    [messages.billingAddress, billing.address],
    [messages.billingPurchaseOrderNumber, billing.purchaseOrderNumber],
  ];
  return (
    <dl className="billing-summary">
      {rows
        .filter((row): row is [string, string] => typeof row[1] === 'string' && row[1] !== '')
        .map(([label, value]) => (
          <div key={label}>
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
    </dl>
  );
}
