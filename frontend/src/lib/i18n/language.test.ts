import { describe, expect, it, vi } from 'vitest';
import { browserLanguage, initialLanguage, readStoredLanguage, storeLanguage } from './language';

describe('remembered language', () => {
  it('is none when nothing was chosen', () => {
    expect(readStoredLanguage()).toBeNull();
  });

  it('is the last choice', () => {
    storeLanguage('en');
    expect(readStoredLanguage()).toBe('en');
    storeLanguage('ja');
    expect(readStoredLanguage()).toBe('ja');
  });

  it('ignores a stored value that is not a language', () => {
    window.localStorage.setItem('koushin.language', 'fr');
    expect(readStoredLanguage()).toBeNull();
  });
});

describe("the browser's language", () => {
  it('is the first preferred language the UI speaks, by its primary subtag', () => {
    expect(browserLanguage(['en-GB', 'ja'])).toBe('en');
    expect(browserLanguage(['ja-JP', 'en-US'])).toBe('ja');
    expect(browserLanguage(['fr-FR', 'de', 'EN-us'])).toBe('en');
    expect(browserLanguage(['jav', 'eng'])).toBeNull();
    expect(browserLanguage([])).toBeNull();
  });
});

describe('the language a page opens in', () => {
  it("follows an English browser until the reader chooses, without storing the browser's", () => {
    vi.spyOn(window.navigator, 'languages', 'get').mockReturnValue(['en-US', 'en']);
    expect(initialLanguage()).toBe('en');
    expect(window.localStorage.getItem('koushin.language')).toBeNull();

    storeLanguage('ja');
    expect(initialLanguage()).toBe('ja');
  });

  it('is Japanese for a browser in neither language', () => {
    vi.spyOn(window.navigator, 'languages', 'get').mockReturnValue(['fr-FR', 'de']);
    expect(initialLanguage()).toBe('ja');
  });
});
