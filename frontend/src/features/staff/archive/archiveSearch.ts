// The archive's search as the address keeps it (?number=…&amountMin=…), as the form edits it (every field
// a string) and as the API takes it (ArchiveSearchInput, only the criteria given, amounts as numbers).
import type { ArchiveSearchInput } from '../../../gql/graphql';

/** The criteria, named as ArchiveSearchInput's fields (which the API's errors name in `field`). */
export const searchFields = [
  'number',
  'customer',
  'serialNumber',
  'issuedFrom',
  'issuedTo',
  'amountMin',
  'amountMax',
] as const;

export type SearchField = (typeof searchFields)[number];

/** The form's values: what was typed, '' for a criterion not given. */
export type SearchDraft = Record<SearchField, string>;

/** A criterion the API could not even read: not a whole number of yen, or not a date. */
export type DraftProblem = 'NOT_WHOLE_YEN' | 'NOT_A_DATE';

export function isSearchField(name: string | null | undefined): name is SearchField {
  return (searchFields as readonly (string | null | undefined)[]).includes(name);
}

export function draftFromParams(params: URLSearchParams): SearchDraft {
  return Object.fromEntries(searchFields.map((field) => [field, params.get(field) ?? ''])) as SearchDraft;
}

/** The address's query for a search: the criteria given, trimmed, in the form's order. */
export function paramsFromDraft(draft: SearchDraft): URLSearchParams {
  const params = new URLSearchParams();
  for (const field of searchFields) {
    const value = draft[field].trim();
    if (value !== '') {
      params.set(field, value);
    }
  }
  return params;
}

const wholeYen = /^-?\d{1,15}$/;
const isoDate = /^\d{4}-\d{2}-\d{2}$/;

/** The API's input for a search, or what keeps it from being one. Negative amounts and ranges that end
 * before they start go to the API as they are: it words those errors itself. */
export function searchInput(
  draft: SearchDraft,
):
  | { input: ArchiveSearchInput; problems: null }
  | { input: null; problems: Partial<Record<SearchField, DraftProblem>> } {
  const input: ArchiveSearchInput = {};
  const problems: Partial<Record<SearchField, DraftProblem>> = {};
  for (const field of ['number', 'customer', 'serialNumber'] as const) {
    const value = draft[field].trim();
    if (value !== '') {
      input[field] = value;
    }
  }
  for (const field of ['issuedFrom', 'issuedTo'] as const) {
    const value = draft[field].trim();
    if (value === '') {
      continue;
    }
    if (isoDate.test(value) && !Number.isNaN(Date.parse(value))) {
      input[field] = value;
    } else {
      problems[field] = 'NOT_A_DATE';
    }
  }
  for (const field of ['amountMin', 'amountMax'] as const) {
    const value = draft[field].trim();
    if (value === '') {
      continue;
    }
    if (wholeYen.test(value)) {
      input[field] = Number(value);
    } else {
      problems[field] = 'NOT_WHOLE_YEN';
    }
  }
  return Object.keys(problems).length === 0 ? { input, problems: null } : { input: null, problems };
}
