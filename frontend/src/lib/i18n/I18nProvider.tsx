// Holds the UI language: starts from the remembered choice, remembers changes, keeps <html lang> in step.
import { useLayoutEffect, useMemo, useState, type ReactNode } from 'react';
import { I18nContext, type I18n } from './context';
import { readStoredLanguage, storeLanguage, type Language } from './language';
import { messages } from './messages';

export function I18nProvider({ children }: { children: ReactNode }) {
  const [language, setLanguageState] = useState<Language>(readStoredLanguage);

  useLayoutEffect(() => {
    document.documentElement.lang = language;
  }, [language]);

  const value = useMemo<I18n>(
    () => ({
      language,
      messages: messages[language],
      setLanguage: (next) => {
        storeLanguage(next);
        setLanguageState(next);
      },
    }),
    [language],
  );

  return <I18nContext value={value}>{children}</I18nContext>;
}
