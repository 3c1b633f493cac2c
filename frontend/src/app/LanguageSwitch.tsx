// Switches the UI between Japanese and English; each choice is named in its own language.
// Signed in, the account is told too, so the mail it gets is written in the language it reads.
import { useClient } from 'urql';
import { useSession } from '../features/auth/useSession';
import { graphql } from '../gql';
import type { Language as ApiLanguage } from '../gql/graphql';
import { useI18n } from '../lib/i18n/useI18n';
import type { Language } from '../lib/i18n/language';

const setLanguageMutation = graphql(`
  mutation SetLanguage($language: Language!) {
    setLanguage(language: $language) {
      language
    }
  }
`);

const apiLanguage: Record<Language, ApiLanguage> = { ja: 'JA', en: 'EN' };

const choices: { language: Language; label: string }[] = [
  { language: 'ja', label: '日本語' },
  { language: 'en', label: 'English' },
];

export function LanguageSwitch() {
  const { language, setLanguage, messages } = useI18n();
  const { me } = useSession();
  const client = useClient();

  function choose(next: Language) {
    if (me !== null && next !== language) {
      // Not awaited and its outcome not read: the UI switches whether or not the server heard.
      void client.mutation(setLanguageMutation, { language: apiLanguage[next] }).toPromise();
    }
    setLanguage(next);
  }

  return (
    <div className="language-switch" role="group" aria-label={messages.languageSwitchLabel}>
      {choices.map((choice) => (
        <button
          key={choice.language}
          type="button"
          lang={choice.language}
          aria-pressed={choice.language === language}
          onClick={() => choose(choice.language)}
        >
          {choice.label}
        </button>
      ))}
    </div>
  );
}
