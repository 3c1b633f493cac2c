// Holds the UI language: the remembered choice, else the browser's; remembers changes; keeps <html lang> in step.
import { useLayoutEffect, useMemo, useState, type ReactNode } from 'react';
import { I18nContext, type I18n } from './context';
import { initialLanguage, storeLanguage, type Language } from './language';
import { messages } from './messages';

export function I18nProvider({ children }: { children: ReactNode }) {
  const [language, setLanguageState] = useState<Language>(initialLanguage);

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
