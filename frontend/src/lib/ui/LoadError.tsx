// What a page shows when its data could not be loaded: one sentence and a way to try again.
import { useI18n } from '../i18n/useI18n';

export function LoadError({ onRetry }: { onRetry: () => void }) {
  const { messages } = useI18n();
  return (
    <div className="card notice" role="alert">
      <p>{messages.unexpectedError}</p>
      <button type="button" className="button button-secondary" onClick={onRetry}>
        {messages.retry}
      </button>
    </div>
  );
}
