// 請求先: who the documents are made out to. A company, or a person by a single name (never split
// into surname and given name); each mistake is said under its field, from the page's own checks
// or the server's.
import { useId, useRef, useState, type SubmitEvent } from 'react';
import { useI18n } from '../../lib/i18n/useI18n';
import { missingBilling, type BillingErrors, type BillingField, type BillingForm } from './billing';
import { useRenewalMessages } from './messages';
import { renewalErrorText } from './renewalErrorText';

interface FieldProps {
  field: BillingField;
  label: string;
  hint?: string;
  /** Optional, or required only sometimes (the hint says when): either way not marked 必須. */
  optional?: boolean;
  conditional?: boolean;
  type?: 'text' | 'email' | 'tel';
  autoComplete: string;
  form: BillingForm;
  errors: BillingErrors;
  onChange: (field: BillingField, value: string) => void;
}

function BillingInputField({
  field,
  label,
  hint,
  optional,
  conditional,
  type = 'text',
  autoComplete,
  form,
  errors,
  onChange,
}: FieldProps) {
  const { language } = useI18n();
  const words = useRenewalMessages();
  const id = useId();
  const error = errors[field];
  const describedBy = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(' ');
  return (
    <div className="field">
      <label htmlFor={id}>
        {label}
        {/* A word apart, so the field's name reads "Phone required", not "Phonerequired". */}
        {conditional ? null : (
          <>
            {' '}
            <span className={optional ? 'field-optional' : 'field-required'}>
              {optional ? words.optional : words.required}
            </span>
          </>
        )}
      </label>
      {hint ? (
        <p id={`${id}-hint`} className="field-hint">
          {hint}
        </p>
      ) : null}
      <input
        id={id}
        name={field}
        type={type}
        autoComplete={autoComplete}
        value={form[field]}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy === '' ? undefined : describedBy}
        onChange={(event) => onChange(field, event.target.value)}
      />
      {error ? (
        <p id={`${id}-error`} className="form-alert field-error">
          {renewalErrorText(error, language)}
        </p>
      ) : null}
    </div>
  );
}

interface Props {
  form: BillingForm;
  /** The server's errors from the last quote or order attempt, until the field is edited. */
  serverErrors: BillingErrors;
  onChange: (form: BillingForm) => void;
  onBack: () => void;
  onNext: () => void;
}

export function BillingStep({ form, serverErrors, onChange, onBack, onNext }: Props) {
  const { messages } = useI18n();
  const words = useRenewalMessages();
  const [checked, setChecked] = useState<BillingErrors>({});
  const [edited, setEdited] = useState<ReadonlySet<BillingField>>(new Set());
  const formRef = useRef<HTMLFormElement>(null);
  const server = Object.fromEntries(
    Object.entries(serverErrors).filter(([field]) => !edited.has(field as BillingField)),
  ) as BillingErrors;
  const errors: BillingErrors = { ...server, ...checked };

  function change(field: BillingField, value: string) {
    setEdited(new Set(edited).add(field));
    setChecked(Object.fromEntries(Object.entries(checked).filter(([name]) => name !== field)));
    onChange({ ...form, [field]: value });
  }

  function submit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    const missing = missingBilling(form);
    setChecked(missing);
    if (Object.keys(missing).length > 0 || Object.keys(server).length > 0) {
      // Focus the first field at fault, so its message is read and it can be fixed at once.
      window.setTimeout(() => formRef.current?.querySelector<HTMLInputElement>('[aria-invalid="true"]')?.focus());
      return;
    }
    onNext();
  }

  const common = { form, errors, onChange: change };
  return (
    <form ref={formRef} className="form card billing-form" noValidate onSubmit={submit}>
      <p className="lead">{words.billingIntro}</p>
      <BillingInputField
        field="companyName"
        label={messages.billingCompanyName}
        hint={words.companyHint}
        optional
        autoComplete="organization"
        {...common}
      />
      <BillingInputField
        field="department"
        label={messages.billingDepartment}
        optional
        autoComplete="off"
        {...common}
      />
      <BillingInputField
        field="contactName"
        label={messages.billingContactName}
        hint={words.contactHint}
        conditional
        autoComplete="name"
        {...common}
      />
      <BillingInputField
        field="email"
        label={messages.billingEmail}
        hint={words.emailHint}
        type="email"
        autoComplete="email"
        {...common}
      />
      <BillingInputField
        field="phone"
        label={messages.billingPhone}
        hint={words.phoneHint}
        type="tel"
        autoComplete="tel"
        {...common}
      />
      <BillingInputField
        field="postalCode"
        label={messages.billingPostalCode}
        hint={words.postalCodeHint}
        autoComplete="postal-code"
        {...common}
      />
      <BillingInputField field="address" label={messages.billingAddress} autoComplete="street-address" {...common} />
      <BillingInputField
        field="purchaseOrderNumber"
        label={messages.billingPurchaseOrderNumber}
        hint={words.purchaseOrderHint}
        optional
        autoComplete="off"
        {...common}
      />
      <div className="form-actions step-actions">
        <button type="button" className="button button-secondary" onClick={onBack}>
          {words.backToCart}
        </button>
        <button type="submit" className="button button-primary">
          {words.toReview}
        </button>
      </div>
    </form>
  );
}
