// What a page or a part of one shows while its data is on its way: one sentence, announced as a status.
import { useI18n } from '../i18n/useI18n';

export function Loading() {
  const { messages } = useI18n();
  return (
    <p className="loading" role="status">
      {messages.loading}
    </p>
  );
}
