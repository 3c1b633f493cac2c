// The UI languages, where the reader's choice is remembered between visits, and the first
// visit's guess from the browser's own language list.

export type Language = 'ja' | 'en';

const defaultLanguage: Language = 'ja';

const storageKey = 'koushin.language';

function isLanguage(value: unknown): value is Language {
  return value === 'ja' || value === 'en';
}

/** The reader's own choice, or null when they have never made one (or it cannot be read). */
export function readStoredLanguage(): Language | null {
  try {
    const stored = window.localStorage.getItem(storageKey);
    return isLanguage(stored) ? stored : null;
  } catch {
    // Storage can be unavailable (private modes, blocked cookies): as if nothing was chosen.
    return null;
  }
}

export function storeLanguage(language: Language): void {
  try {
    window.localStorage.setItem(storageKey, language);
  } catch {
    // Not remembering the choice is acceptable; the switch still works for this visit.
  }
}

/** The first of the browser's preferred languages (en-GB, ja-JP, …) that the UI speaks, if any. */
export function browserLanguage(preferred: readonly string[]): Language | null {
  for (const tag of preferred) {
    const primary = tag.split('-')[0]?.toLowerCase();
    if (isLanguage(primary)) {
      return primary;
    }
  }
  return null;
}

/** The language a page opens in: the reader's choice; before any choice, the browser's; else Japanese.
 * The browser's guess is not stored, so it keeps following the browser until the reader chooses. */
export function initialLanguage(): Language {
  return readStoredLanguage() ?? browserLanguage(window.navigator.languages) ?? defaultLanguage;
}
