// The React context carrying the current language; see I18nProvider and useI18n.
import { createContext } from 'react';
import type { Language } from './language';
import type { Messages } from './messages';

export interface I18n {
  language: Language;
  messages: Messages;
  setLanguage: (language: Language) => void;
}

export const I18nContext = createContext<I18n | null>(null);
