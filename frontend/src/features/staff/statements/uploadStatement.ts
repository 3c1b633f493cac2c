// Sends a bank statement to POST /staff/statements as the request's body, reporting the upload's
// progress (fetch cannot), and reads the answer: the import's figures, a refusal, or a failure.
import type { ReviewReason, StatementFormat } from '../../../gql/graphql';
import { statementUploadPath } from '../../../lib/paths';

export interface ImportFigures {
  id: string;
  format: StatementFormat;
  credits: number;
  applied: number;
  toReview: number;
  alreadyImported: number;
  reasons: Partial<Record<ReviewReason, number>>;
}

export type UploadOutcome =
  | { kind: 'imported'; figures: ImportFigures }
  /** Nothing imported: `record` is the record (or CSV line) at fault, 0 for the file as a whole. */
  | { kind: 'refused'; record: number; reason: string }
  /** Refused for the request itself (size, type), with the server's sentence; null when no answer came. */
  | { kind: 'failed'; message: string | null };

export interface UploadCallbacks {
  /** The share of the file sent so far, 0 to 1. */
  onProgress: (sent: number) => void;
  /** Every byte is sent: the server is importing. */
  onSent: () => void;
}

function outcomeOf(status: number, body: unknown): UploadOutcome {
  const answer = (typeof body === 'object' && body !== null ? body : {}) as {
    import?: ImportFigures;
    refused?: { record: number; reason: string };
    errors?: { message?: string }[];
  };
  if (status === 200 && answer.import !== undefined) {
    return { kind: 'imported', figures: answer.import };
  }
  if (status === 422 && answer.refused !== undefined) {
    return {
      kind: 'refused',
      record: answer.refused.record,
      reason: answer.refused.reason,
    };
  }
  return { kind: 'failed', message: answer.errors?.[0]?.message ?? null };
}

export function uploadStatement(file: File, { onProgress, onSent }: UploadCallbacks): Promise<UploadOutcome> {
  return new Promise((resolve) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', statementUploadPath(file.name));
    xhr.withCredentials = true;
    xhr.setRequestHeader('Content-Type', 'application/octet-stream');
    xhr.responseType = 'text';
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable && event.total > 0) {
        onProgress(event.loaded / event.total);
      }
    };
    xhr.upload.onload = () => onSent();
    xhr.onload = () => {
      let body: unknown = null;
      try {
        body = JSON.parse(xhr.responseText);
      } catch {
        // Not JSON (a proxy's error page): said as a failure without the server's words.
      }
      resolve(outcomeOf(xhr.status, body));
    };
    xhr.onerror = () => resolve({ kind: 'failed', message: null });
    xhr.onabort = () => resolve({ kind: 'failed', message: null });
    xhr.send(file);
  });
}
