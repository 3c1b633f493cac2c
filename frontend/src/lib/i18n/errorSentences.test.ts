import { describe, expect, it } from 'vitest';
import catalogue from './errorSentences.json';
import { errorSentence } from './errorSentences';

describe('error sentences', () => {
  it('says how long to wait after too many sign-in attempts, in each language', () => {
    expect(errorSentence('SignInErrorCode', 'TOO_MANY_ATTEMPTS', 'ja', { retryAfterSeconds: 30 })).toBe(
      'サインインの試行回数が上限に達しました。30秒後にもう一度お試しください。',
    );
    expect(errorSentence('SignInErrorCode', 'TOO_MANY_ATTEMPTS', 'en', { retryAfterSeconds: 1 })).toBe(
      'Too many sign-in attempts. Please try again in 1 second.',
    );
    expect(errorSentence('SignInErrorCode', 'TOO_MANY_ATTEMPTS', 'en', { retryAfterSeconds: 42 })).toBe(
      'Too many sign-in attempts. Please try again in 42 seconds.',
    );
  });

  it('has a non-empty sentence for every code in both languages', () => {
    for (const codes of Object.values(catalogue)) {
      for (const sentences of Object.values(codes)) {
        expect(Object.keys(sentences).sort()).toEqual(['en', 'ja']);
        for (const template of Object.values(sentences)) {
          const texts = typeof template === 'string' ? [template] : [template.one, template.other];
          for (const text of texts) {
            expect(text.trim()).not.toBe('');
          }
        }
      }
    }
  });
});
