// The bank statements page's sentences in Japanese and English; the `StatementMessages` type makes both complete.
import { useI18n } from '../../../lib/i18n/useI18n';
import type { Language } from '../../../lib/i18n/language';

const ja = {
  intro:
    '銀行の入金明細（全銀フォーマットの振込入金通知・入出金取引明細、またはネットバンキングのCSV）を取り込みます。請求書の口座に請求額どおりの入金は自動で充当し、それ以外は要確認入金に回します。',
  uploadHeading: '明細ファイルを取り込む',
  fileLabel: '明細ファイル',
  fileHint:
    'ファイルを選ぶか、ここにドラッグ＆ドロップしてください。ファイル全体を取り込むか、何も取り込まないかのどちらかです。',
  dropHere: 'ここにファイルをドロップ',
  chosen: (name: string, size: string): string => `選択中: ${name}（${size}）`,
  upload: '取り込む',
  uploading: (percent: number): string => `送信中… ${percent}%`,
  uploadProgressLabel: '送信の進み具合',
  importing: '取り込み中…',
  chooseFirst: '取り込むファイルを選んでください。',
  importedHeading: '取り込みました',
  figureCredits: '入金明細',
  figureApplied: '適用',
  figureToReview: '要確認',
  figureAlreadyImported: '取込済みのため省略',
  reasonsHeading: '要確認の内訳',
  toReviewLink: '要確認入金を確認する',
  /** `record` 0 is the file as a whole. */
  refused: (record: number, reason: string): string =>
    `取り込めませんでした。何も取り込まれていません。${record === 0 ? 'ファイル全体' : `レコード ${record}`}: ${reason}`,
  historyHeading: '取り込み履歴',
  historyCaption: '取り込んだ明細（新しい順）',
  historyCount: (shown: number, total: number): string =>
    shown === total ? `全${total}件` : `全${total}件中 ${shown}件を表示`,
  noImports: 'まだ明細を取り込んでいません。',
  columnFilename: 'ファイル名',
  columnFormat: '形式',
  columnImportedAt: '取り込み日時',
  columnImportedBy: '取り込んだ人',
  commandLine: 'コマンドライン',
};

export type StatementMessages = typeof ja;

const en: StatementMessages = {
  intro:
    'Import a bank statement (a Zengin transfer notice or account statement, or the net-banking CSV). A credit of exactly the amount due into an invoice’s account is applied by itself; any other goes to the review queue.',
  uploadHeading: 'Import a statement file',
  fileLabel: 'Statement file',
  fileHint: 'Choose a file, or drag and drop it here. The file is imported whole, or not at all.',
  dropHere: 'Drop the file here',
  chosen: (name, size) => `Chosen: ${name} (${size})`,
  upload: 'Import',
  uploading: (percent) => `Sending… ${percent}%`,
  uploadProgressLabel: 'Upload progress',
  importing: 'Importing…',
  chooseFirst: 'Choose the file to import.',
  importedHeading: 'Imported',
  figureCredits: 'Credits',
  figureApplied: 'Applied',
  figureToReview: 'To review',
  figureAlreadyImported: 'Skipped, imported before',
  reasonsHeading: 'To review, by reason',
  toReviewLink: 'Open the review queue',
  refused: (record, reason) =>
    `The file could not be imported. Nothing was imported. ${record === 0 ? 'The file as a whole' : `Record ${record}`}: ${reason}`,
  historyHeading: 'Imports so far',
  historyCaption: 'Statements imported, newest first',
  historyCount: (shown, total) =>
    shown === total ? `${total} import${total === 1 ? '' : 's'}` : `Showing ${shown} of ${total} imports`,
  noImports: 'No statement has been imported yet.',
  columnFilename: 'File name',
  columnFormat: 'Format',
  columnImportedAt: 'Imported at',
  columnImportedBy: 'Imported by',
  commandLine: 'Command line',
};

export const statementMessages: Record<Language, StatementMessages> = {
  ja,
  en,
};

export function useStatementMessages(): StatementMessages {
  return statementMessages[useI18n().language];
}
