// Switches the UI between Japanese and English; each choice is named in its own language.
import { useI18n } from '../lib/i18n/useI18n';
import type { Language } from '../lib/i18n/language';

const choices: { language: Language; label: string }[] = [
  { language: 'ja', label: '日本語' },
  { language: 'en', label: 'English' },
];

export function LanguageSwitch() {
  const { language, setLanguage, messages } = useI18n();
  return (
    <div className="language-switch" role="group" aria-label={messages.languageSwitchLabel}>
      {choices.map((choice) => (
        <button
          key={choice.language}
          type="button"
          lang={choice.language}
          aria-pressed={choice.language === language}
          onClick={() => setLanguage(choice.language)}
        >
          {choice.label}
        </button>
      ))}
    </div>
  );
}
