// The archive's search form: seven criteria, any combination, each with its error beside it.
import { useState, type SubmitEvent } from 'react';
import type { SearchDraft, SearchField } from './archiveSearch';
import { useArchiveMessages } from './messages';

export type FieldErrors = Partial<Record<SearchField, string>>;

interface Props {
  /** The search the address holds, which the form starts from. */
  initial: SearchDraft;
  errors: FieldErrors;
  /** An error of the search as a whole (no field); null for none. */
  formError: string | null;
  searching: boolean;
  onSearch: (draft: SearchDraft) => void;
}

const inputTypes: Record<SearchField, 'text' | 'date' | 'number'> = {
  number: 'text',
  customer: 'text',
  serialNumber: 'text',
  issuedFrom: 'date',
  issuedTo: 'date',
  amountMin: 'number',
  amountMax: 'number',
};

export function ArchiveSearchForm({ initial, errors, formError, searching, onSearch }: Props) {
  const words = useArchiveMessages();
  const [draft, setDraft] = useState(initial);

  function handleSubmit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    onSearch(draft);
  }

  function field(name: SearchField, hint?: string) {
    const id = `archive-${name}`;
    const error = errors[name];
    const describedBy = [hint === undefined ? null : `${id}-hint`, `${id}-error`].filter(Boolean).join(' ');
    return (
      <div className="field">
        <label htmlFor={id}>{words.labels[name]}</label>
        {hint === undefined ? null : (
          <p id={`${id}-hint`} className="field-hint">
            {hint}
          </p>
        )}
        <input
          id={id}
          name={name}
          type={inputTypes[name]}
          {...(inputTypes[name] === 'number' ? { inputMode: 'numeric' as const, step: 1, min: 0 } : {})}
          {...(name === 'serialNumber' ? { autoCapitalize: 'characters', spellCheck: false } : {})}
          autoComplete="off"
          aria-describedby={describedBy}
          aria-invalid={error !== undefined}
          value={draft[name]}
          onChange={(event) => {
            const value = event.target.value;
            setDraft((previous) => ({ ...previous, [name]: value }));
          }}
        />
        {/* Always rendered, so assistive technology is already watching it when a message appears. */}
        <p id={`${id}-error`} role="alert" className="form-alert field-error">
          {error ?? null}
        </p>
      </div>
    );
  }

  return (
    <form className="card form archive-form" aria-label={words.formLabel} noValidate onSubmit={handleSubmit}>
      <div className="archive-form-grid">
        {field('number', words.numberHint)}
        {field('customer', words.customerHint)}
        {field('serialNumber')}
      </div>
      <div className="archive-form-grid">
        <fieldset className="archive-range">
          <legend>{words.issuedLegend}</legend>
          {field('issuedFrom')}
          {field('issuedTo')}
        </fieldset>
        <fieldset className="archive-range">
          <legend>{words.amountLegend}</legend>
          {field('amountMin')}
          {field('amountMax')}
        </fieldset>
      </div>
      <div role="alert" className="form-alert">
        {formError}
      </div>
      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={searching}>
          {searching ? words.searching : words.submit}
        </button>
        <button
          type="button"
          className="button button-secondary"
          onClick={() => {
            const cleared = Object.fromEntries(Object.keys(draft).map((name) => [name, ''])) as SearchDraft;
            setDraft(cleared);
            onSearch(cleared);
          }}
        >
          {words.clear}
        </button>
      </div>
    </form>
  );
}
