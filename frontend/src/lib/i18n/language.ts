// The UI languages and where the reader's choice is remembered between visits.

export type Language = 'ja' | 'en';

const defaultLanguage: Language = 'ja';

const storageKey = 'koushin.language';

function isLanguage(value: unknown): value is Language {
  return value === 'ja' || value === 'en';
}

export function readStoredLanguage(): Language {
  try {
    const stored = window.localStorage.getItem(storageKey);
    return isLanguage(stored) ? stored : defaultLanguage;
  } catch {
    // Storage can be unavailable (private modes, blocked cookies): fall back to the default.
    return defaultLanguage;
  }
}

export function storeLanguage(language: Language): void {
  try {
    window.localStorage.setItem(storageKey, language);
  } catch {
    // Not remembering the choice is acceptable; the switch still works for this visit.
  }
}
