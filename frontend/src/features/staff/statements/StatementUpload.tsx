// Choosing (or dropping) a statement file and importing it: the upload's progress, then the server's
// import, then what it did (applied, to review by reason, skipped) or why nothing was imported.
import { useId, useState, type DragEvent, type SubmitEvent } from 'react';
import { Link } from 'react-router';
import { useI18n } from '../../../lib/i18n/useI18n';
import type { Language } from '../../../lib/i18n/language';
import { paths } from '../../../lib/paths';
import { FormAlert } from '../../../lib/ui/FormAlert';
import { useStaffMessages } from '../messages';
import { useStatementMessages } from './messages';
import { uploadStatement, type ImportFigures, type UploadOutcome } from './uploadStatement';

type Phase =
  | { kind: 'idle' }
  | { kind: 'sending'; percent: number }
  | { kind: 'importing' }
  | { kind: 'done'; outcome: UploadOutcome };

function fileSize(bytes: number, language: Language): string {
  const [value, unit] = bytes < 1024 * 1024 ? [bytes / 1024, 'kilobyte'] : [bytes / (1024 * 1024), 'megabyte'];
  return new Intl.NumberFormat(language, {
    style: 'unit',
    unit,
    maximumFractionDigits: 1,
  }).format(value);
}

function ImportResult({ figures }: { figures: ImportFigures }) {
  const words = useStatementMessages();
  const staffWords = useStaffMessages();
  const headingId = useId();
  const reasons = Object.entries(figures.reasons) as [keyof typeof staffWords.reviewReasons, number][];
  return (
    <section className="card statement-result" aria-labelledby={headingId}>
      <h2 id={headingId}>
        {words.importedHeading}
        <span className="muted"> · {staffWords.formats[figures.format]}</span>
      </h2>
      <dl className="facts statement-figures">
        <div>
          <dt>{words.figureCredits}</dt>
          <dd>{staffWords.count(figures.credits)}</dd>
        </div>
        <div>
          <dt>{words.figureApplied}</dt>
          <dd className="figure-applied">{staffWords.count(figures.applied)}</dd>
        </div>
        <div>
          <dt>{words.figureToReview}</dt>
          <dd className="figure-review">{staffWords.count(figures.toReview)}</dd>
        </div>
        <div>
          <dt>{words.figureAlreadyImported}</dt>
          <dd>{staffWords.count(figures.alreadyImported)}</dd>
        </div>
      </dl>
      {reasons.length > 0 ? (
        <>
          <h3>{words.reasonsHeading}</h3>
          <ul className="statement-reasons">
            {reasons.map(([reason, count]) => (
              <li key={reason}>
                {staffWords.reviewReasons[reason]}: {staffWords.count(count)}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {figures.toReview > 0 ? (
        <p>
          <Link to={paths.staffReview}>{words.toReviewLink}</Link>
        </p>
      ) : null}
    </section>
  );
}

export function StatementUpload({ onImported }: { onImported: () => void }) {
  const { messages, language } = useI18n();
  const words = useStatementMessages();
  const headingId = useId();
  const hintId = useId();
  const [file, setFile] = useState<File | null>(null);
  const [phase, setPhase] = useState<Phase>({ kind: 'idle' });
  const [dragging, setDragging] = useState(false);
  const [missing, setMissing] = useState(false);
  const busy = phase.kind === 'sending' || phase.kind === 'importing';

  function choose(chosen: File | null) {
    setFile(chosen);
    setMissing(false);
    if (!busy) {
      setPhase({ kind: 'idle' });
    }
  }

  function onDrop(event: DragEvent<HTMLDivElement>) {
    event.preventDefault();
    setDragging(false);
    if (!busy) {
      choose(event.dataTransfer.files[0] ?? null);
    }
  }

  async function onSubmit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    if (busy) {
      return;
    }
    if (file === null) {
      setMissing(true);
      return;
    }
    setPhase({ kind: 'sending', percent: 0 });
    const outcome = await uploadStatement(file, {
      onProgress: (sent) => setPhase({ kind: 'sending', percent: Math.round(sent * 100) }),
      onSent: () => setPhase({ kind: 'importing' }),
    });
    setPhase({ kind: 'done', outcome });
    if (outcome.kind === 'imported') {
      onImported();
    }
  }

  const outcome = phase.kind === 'done' ? phase.outcome : null;
  let problem: string | null = null;
  if (missing) {
    problem = words.chooseFirst;
  } else if (outcome?.kind === 'refused') {
    problem = words.refused(outcome.record, outcome.reason);
  } else if (outcome?.kind === 'failed') {
    problem = outcome.message ?? messages.unexpectedError;
  }

  return (
    <>
      <section className="card statement-upload" aria-labelledby={headingId}>
        <h2 id={headingId}>{words.uploadHeading}</h2>
        <form className="form" noValidate onSubmit={(event) => void onSubmit(event)}>
          <div
            className={dragging ? 'drop-zone drop-zone-active' : 'drop-zone'}
            onDragOver={(event) => {
              event.preventDefault();
              setDragging(true);
            }}
            onDragLeave={() => setDragging(false)}
            onDrop={onDrop}
          >
            <div className="field">
              <label htmlFor="statement-file">{words.fileLabel}</label>
              <input
                id="statement-file"
                type="file"
                aria-describedby={hintId}
                disabled={busy}
                onChange={(event) => choose(event.target.files?.[0] ?? null)}
              />
              <p id={hintId} className="field-hint">
                {dragging ? words.dropHere : words.fileHint}
              </p>
            </div>
            {file !== null ? (
              <p className="statement-chosen">{words.chosen(file.name, fileSize(file.size, language))}</p>
            ) : null}
          </div>
          <div role="status" className="statement-progress">
            {phase.kind === 'sending' ? (
              <>
                <progress max={100} value={phase.percent} aria-label={words.uploadProgressLabel} />{' '}
                <span>{words.uploading(phase.percent)}</span>
              </>
            ) : null}
            {phase.kind === 'importing' ? (
              <>
                <progress aria-label={words.uploadProgressLabel} /> <span>{words.importing}</span>
              </>
            ) : null}
            {outcome?.kind === 'imported' ? <span className="visually-hidden">{words.importedHeading}</span> : null}
          </div>
          <FormAlert announcement={problem} />
          <div className="form-actions">
            <button type="submit" className="button button-primary" disabled={busy}>
              {busy ? words.importing : words.upload}
            </button>
          </div>
        </form>
      </section>
      {outcome?.kind === 'imported' ? <ImportResult figures={outcome.figures} /> : null}
    </>
  );
}
