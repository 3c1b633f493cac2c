import { describe, expect, it } from 'vitest';
import { messages } from './messages';

describe('messages', () => {
  it('has the same keys in Japanese and English', () => {
    expect(Object.keys(messages.en).sort()).toEqual(Object.keys(messages.ja).sort());
  });

  it('has no empty sentence in either language', () => {
    for (const dictionary of [messages.ja, messages.en]) {
      for (const [key, value] of Object.entries(dictionary)) {
        // Any arguments will do: each function must still say something.
        const text: unknown = typeof value === 'function' ? (value as (...args: unknown[]) => unknown)(2, 3) : value;
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
});
