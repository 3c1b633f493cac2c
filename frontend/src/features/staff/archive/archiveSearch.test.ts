import { describe, expect, it } from 'vitest';
import { draftFromParams, isSearchField, paramsFromDraft, searchInput, type SearchDraft } from './archiveSearch';

const empty: SearchDraft = {
  number: '',
  customer: '',
  serialNumber: '',
  issuedFrom: '',
  issuedTo: '',
  amountMin: '',
  amountMax: '',
};

describe('the archive search', () => {
  it('reads every criterion from the address, and none as empty', () => {
    expect(draftFromParams(new URLSearchParams(''))).toEqual(empty);
    expect(draftFromParams(new URLSearchParams('customer=%E3%83%87%E3%83%A2&amountMax=5000&other=x'))).toEqual({
      ...empty,
      customer: 'デモ',
      amountMax: '5000',
    });
  });

  it('writes only the criteria given, trimmed, in the form’s order', () => {
    expect(paramsFromDraft(empty).toString()).toBe('');
    expect(
      paramsFromDraft({
        ...empty,
        amountMin: ' 1000 ',
        number: 'I-2026-00',
        customer: '   ',
      }).toString(),
    ).toBe('number=I-2026-00&amountMin=1000');
  });

  it('gives the API the criteria given, amounts as numbers', () => {
    expect(searchInput(empty)).toEqual({ input: {}, problems: null });
    expect(
      searchInput({
        number: ' O-2026 ',
        customer: 'demo',
        serialNumber: 'abcd-efgh',
        issuedFrom: '2026-04-01',
        issuedTo: '2026-06-30',
        amountMin: '0',
        amountMax: '-5',
      }),
    ).toEqual({
      input: {
        number: 'O-2026',
        customer: 'demo',
        serialNumber: 'abcd-efgh',
        issuedFrom: '2026-04-01',
        issuedTo: '2026-06-30',
        amountMin: 0,
        amountMax: -5,
      },
      problems: null,
    });
  });

  it('refuses amounts that are not whole yen and dates that are not dates', () => {
    expect(
      searchInput({
        ...empty,
        amountMin: '1.5',
        amountMax: '1e3',
        issuedFrom: '2026-13-45',
        issuedTo: 'x',
      }),
    ).toEqual({
      input: null,
      problems: {
        amountMin: 'NOT_WHOLE_YEN',
        amountMax: 'NOT_WHOLE_YEN',
        issuedFrom: 'NOT_A_DATE',
        issuedTo: 'NOT_A_DATE',
      },
    });
  });

  it('knows the fields the API’s errors can name', () => {
    expect(isSearchField('serialNumber')).toBe(true);
    expect(isSearchField('first')).toBe(false);
    expect(isSearchField(null)).toBe(false);
  });
});
