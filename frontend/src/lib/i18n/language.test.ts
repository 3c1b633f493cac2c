import { describe, expect, it } from 'vitest';
import { readStoredLanguage, storeLanguage } from './language';

describe('remembered language', () => {
  it('is Japanese when nothing was chosen', () => {
    expect(readStoredLanguage()).toBe('ja');
  });

  it('is the last choice', () => {
    storeLanguage('en');
    expect(readStoredLanguage()).toBe('en');
    storeLanguage('ja');
    expect(readStoredLanguage()).toBe('ja');
  });

  it('ignores a stored value that is not a language', () => {
    window.localStorage.setItem('koushin.language', 'fr');
    expect(readStoredLanguage()).toBe('ja');
  });
});
