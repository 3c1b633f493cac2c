// The sentence for every error code the API returns, in both languages. The API words each
// error's `message` from the same file (errorSentences.json), so a failure is said one way.
import type {
  ArchiveSearchErrorCode,
  CancelOrderErrorCode,
  LicenceLookupErrorCode,
  OrderLookupErrorCode,
  QuoteLookupErrorCode,
  RenewalErrorCode,
  RequestPasswordResetErrorCode,
  ResetPasswordErrorCode,
  ReviewErrorCode,
  SignInErrorCode,
  StopAutoRenewalErrorCode,
} from '../../gql/graphql';
import catalogue from './errorSentences.json';
import type { Language } from './language';

/** A sentence with {placeholders} named after the error's fields, or its singular and plural forms. */
type Template = string | { plural: string; one: string; other: string };
type Sentences<Code extends string> = Record<Code, Record<Language, Template>>;

/** One entry per error code enum of the schema: a code added there fails to compile until it has words. */
interface ErrorCatalogue {
  SignInErrorCode: Sentences<SignInErrorCode>;
  LicenceLookupErrorCode: Sentences<LicenceLookupErrorCode>;
  RequestPasswordResetErrorCode: Sentences<RequestPasswordResetErrorCode>;
  ResetPasswordErrorCode: Sentences<ResetPasswordErrorCode>;
  RenewalErrorCode: Sentences<RenewalErrorCode>;
  CancelOrderErrorCode: Sentences<CancelOrderErrorCode>;
  OrderLookupErrorCode: Sentences<OrderLookupErrorCode>;
  QuoteLookupErrorCode: Sentences<QuoteLookupErrorCode>;
  StopAutoRenewalErrorCode: Sentences<StopAutoRenewalErrorCode>;
  ReviewErrorCode: Sentences<ReviewErrorCode>;
  ArchiveSearchErrorCode: Sentences<ArchiveSearchErrorCode>;
}

const sentences: ErrorCatalogue = catalogue;

export type ErrorValues = Readonly<Record<string, string | number | null | undefined>>;

/** The sentence for `code`, its placeholders filled from `values` (the error's own fields). */
export function errorSentence<Kind extends keyof ErrorCatalogue>(
  kind: Kind,
  code: keyof ErrorCatalogue[Kind],
  language: Language,
  values: ErrorValues = {},
): string {
  const byCode: ErrorCatalogue[Kind] = sentences[kind];
  const template: Template = (byCode[code] as Record<Language, Template>)[language];
  const text = typeof template === 'string' ? template : values[template.plural] === 1 ? template.one : template.other;
  return text.replace(/\{(\w+)\}/g, (_placeholder, name: string) => String(values[name] ?? ''));
}
