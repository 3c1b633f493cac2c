// What is selected for a bulk renewal, "select all renewable" (across pages, up to the cart's limit),
// and [まとめて契約更新を申し込む].
import { useI18n } from '../../lib/i18n/useI18n';

export interface SelectAllOutcome {
  selected: number;
  totalCount: number;
  limit: number;
}

interface Props {
  selectedCount: number;
  selecting: boolean;
  /** What the last "select all renewable" did, said once for screen readers and shown. */
  outcome: SelectAllOutcome | null;
  onSelectAll: () => void;
  onClear: () => void;
  onRenewSelected: () => void;
}

export function SelectionBar({ selectedCount, selecting, outcome, onSelectAll, onClear, onRenewSelected }: Props) {
  const { messages } = useI18n();
  return (
    <div className="selection-bar card">
      <p className="selection-count" aria-live="polite">
        {messages.selectedCount(selectedCount)}
        {outcome ? <span className="selection-outcome"> {messages.selectAllOutcome(outcome)}</span> : null}
      </p>
      <div className="selection-actions">
        <button type="button" className="button button-quiet" disabled={selecting} onClick={onSelectAll}>
          {selecting ? messages.loading : messages.selectAllRenewable}
        </button>
        {selectedCount > 0 ? (
          <button type="button" className="button button-quiet" onClick={onClear}>
            {messages.clearSelection}
          </button>
        ) : null}
        <button
          type="button"
          className="button button-primary"
          disabled={selectedCount === 0}
          onClick={onRenewSelected}
        >
          {messages.renewSelected}
        </button>
      </div>
    </div>
  );
}
