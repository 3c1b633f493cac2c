// The billing details form as plain values: its fields, the checks the page makes before asking the
// server (which checks them all again), and the server's field errors mapped back to the fields.
import type { BillingDetailsFieldsFragment, BillingInput, RenewalErrorFieldsFragment } from '../../gql/graphql';

export const billingFields = [
  'companyName',
  'department',
  'contactName',
  'email',
  'phone',
  'postalCode',
  'address',
  'purchaseOrderNumber',
] as const;

export type BillingField = (typeof billingFields)[number];
export type BillingForm = Record<BillingField, string>;
export type BillingErrors = Partial<Record<BillingField, RenewalErrorFieldsFragment>>;

/** The account as its customer record names it: where a first order's details start. */
export interface AccountDefaults {
  email: string;
  companyName: string | null;
}

/** The form as first shown: the details last used, or, before a first quote or order, the account's e-mail
 * address and company name (as the customer record has it) and nothing else. */
export function initialBilling(profile: BillingDetailsFieldsFragment | null, account: AccountDefaults): BillingForm {
  if (profile !== null) {
    return Object.fromEntries(billingFields.map((field) => [field, profile[field] ?? ''])) as BillingForm;
  }
  const empty = Object.fromEntries(billingFields.map((field) => [field, ''])) as BillingForm;
  return { ...empty, email: account.email, companyName: account.companyName ?? '' };
}

function requiredError(field: BillingField): RenewalErrorFieldsFragment {
  return {
    code: 'REQUIRED',
    field: `billing.${field}`,
    path: null,
    maxLines: null,
    maxLength: null,
    orderNumber: null,
  };
}

/** What is missing: the e-mail, phone, postal code and address, and a company or a contact name. */
export function missingBilling(form: BillingForm): BillingErrors {
  const errors: BillingErrors = {};
  for (const field of ['email', 'phone', 'postalCode', 'address'] as const) {
    if (form[field].trim() === '') {
      errors[field] = requiredError(field);
    }
  }
  if (form.companyName.trim() === '' && form.contactName.trim() === '') {
    errors.contactName = requiredError('contactName');
  }
  return errors;
}

function isBillingField(name: string): name is BillingField {
  return billingFields.some((field) => field === name);
}

/** The server's errors for billing fields ("billing.phone"), by field. */
export function billingErrorsOf(errors: readonly RenewalErrorFieldsFragment[]): BillingErrors {
  const byField: BillingErrors = {};
  for (const error of errors) {
    const name = error.field?.startsWith('billing.') ? error.field.slice('billing.'.length) : '';
    if (isBillingField(name) && byField[name] === undefined) {
      byField[name] = error;
    }
  }
  return byField;
}

/** The form as the API takes it: optional fields left empty are sent as null. */
export function billingInput(form: BillingForm): BillingInput {
  const optional = (value: string) => (value.trim() === '' ? null : value.trim());
  return {
    companyName: optional(form.companyName),
    department: optional(form.department),
    contactName: optional(form.contactName),
    email: form.email.trim(),
    phone: form.phone.trim(),
    postalCode: form.postalCode.trim(),
    address: form.address.trim(),
    purchaseOrderNumber: optional(form.purchaseOrderNumber),
  };
}
