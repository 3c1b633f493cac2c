// The button under a list shown a page at a time: asks for the next page, and says so while it comes.
import { useI18n } from '../i18n/useI18n';

export function ShowMore({ fetching, onShowMore }: { fetching: boolean; onShowMore: () => void }) {
  const { messages } = useI18n();
  return (
    <button type="button" className="button button-secondary show-more" disabled={fetching} onClick={onShowMore}>
      {fetching ? messages.loading : messages.showMore}
    </button>
  );
}
