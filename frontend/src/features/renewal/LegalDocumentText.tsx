// A legal document (licence agreement, privacy policy) readable in the page: its body is plain text,
// shown as paragraphs split on blank lines, never as markup. The region scrolls and takes focus, so
// a keyboard can scroll it too.
import { useId } from 'react';

export interface LegalDocumentView {
  title: string;
  version: string;
  body: string;
}

export function LegalDocumentText({ document, versionLabel }: { document: LegalDocumentView; versionLabel: string }) {
  const titleId = useId();
  const paragraphs = document.body
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.trim())
    .filter(Boolean);
  return (
    <>
      <h3 id={titleId} className="legal-title">
        {document.title}
      </h3>
      <p className="legal-version">{versionLabel}</p>
      <div className="legal-body" role="region" aria-labelledby={titleId} tabIndex={0}>
        {paragraphs.map((paragraph, index) => (
          <p key={index}>{paragraph}</p>
        ))}
      </div>
    </>
  );
}
