import { describe, expect, it } from 'vitest';
import { messages } from './messages';

describe('messages', () => {
  it('has the same keys in Japanese and English', () => {
    expect(Object.keys(messages.en).sort()).toEqual(Object.keys(messages.ja).sort());
  });

  it('has no empty sentence in either language', () => {
    // Any numbers will do, and these for the sentences that take one value of several parts.
    const objectArguments: Record<string, unknown[]> = {
      statusExpired: [{ unit: 'year', count: 3 }],
      selectAllOutcome: [{ selected: 2, totalCount: 3, limit: 2 }],
    };
    for (const dictionary of [messages.ja, messages.en]) {
      for (const [key, value] of Object.entries(dictionary)) {
        const args = objectArguments[key] ?? [2, 3];
        const text: unknown = typeof value === 'function' ? (value as (...args: unknown[]) => unknown)(...args) : value;
        expect(typeof text === 'string' && text.trim() !== '', key).toBe(true);
      }
    }
  });

  it('counts licences, whole or partly shown', () => {
    expect(messages.ja.licenceCount(9, 9)).toBe('全9件');
    expect(messages.ja.licenceCount(50, 120)).toBe('全120件中 50件を表示');
    expect(messages.en.licenceCount(1, 1)).toBe('1 licence');
    expect(messages.en.licenceCount(9, 9)).toBe('9 licences');
    expect(messages.en.licenceCount(50, 120)).toBe('Showing 50 of 120 licences');
  });

  it('says what "select all renewable" selected, and when the cart\'s limit stopped it', () => {
    expect(messages.ja.selectAllOutcome({ selected: 6, totalCount: 6, limit: 1000 })).toBe(
      '更新できる6件をすべて選びました。',
    );
    expect(messages.ja.selectAllOutcome({ selected: 1000, totalCount: 1234, limit: 1000 })).toBe(
      '更新できる1234件のうち、1回でお申し込みいただける1000件を選びました。',
    );
    expect(messages.en.selectAllOutcome({ selected: 1, totalCount: 1, limit: 1000 })).toBe(
      'Selected all 1 renewable licence.',
    );
    expect(messages.en.selectAllOutcome({ selected: 1000, totalCount: 1234, limit: 1000 })).toBe(
      'Selected 1000 of 1234 renewable licences: one order holds up to 1000.',
    );
  });
});
