// The sentence saying whether a serial can be renewed today, styled by the outcome.
import { useI18n } from '../../lib/i18n/useI18n';
import { eligibilityText, eligibilityTone, type EligibilityFacts } from './eligibilityText';

export function EligibilitySentence({ eligibility }: { eligibility: EligibilityFacts }) {
  const { language } = useI18n();
  return (
    <span className={`eligibility ${eligibilityTone(eligibility.reason)}`}>
      {eligibilityText(eligibility, language)}
    </span>
  );
}
