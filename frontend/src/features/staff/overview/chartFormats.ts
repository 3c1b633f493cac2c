// The short forms a chart's axes write: a day without its year, an amount in round thousands or 万.
import type { Language } from '../../../lib/i18n/language';

const dayFormats: Record<Language, Intl.DateTimeFormat> = {
  // 6/14
  ja: new Intl.DateTimeFormat('ja-JP', {
    month: 'numeric',
    day: 'numeric',
    timeZone: 'UTC',
  }),
  // 14 Jun
  en: new Intl.DateTimeFormat('en-GB', {
    month: 'short',
    day: 'numeric',
    timeZone: 'UTC',
  }),
};

/** An ISO date (YYYY-MM-DD) as an axis tick: day and month only, read in UTC so no zone shifts it. */
export function tickDay(isoDate: string, language: Language): string {
  const date = new Date(`${isoDate}T00:00:00Z`);
  return Number.isNaN(date.getTime()) ? isoDate : dayFormats[language].format(date);
}

const amountFormats: Record<Language, Intl.NumberFormat> = {
  // 12万, 1.2億
  ja: new Intl.NumberFormat('ja-JP', {
    notation: 'compact',
    maximumFractionDigits: 1,
  }),
  // 120K, 1.2M
  en: new Intl.NumberFormat('en-US', {
    notation: 'compact',
    maximumFractionDigits: 1,
  }),
};

/** A yen amount as an axis tick; the axis label says the unit. */
export function tickAmount(amount: number, language: Language): string {
  return amountFormats[language].format(amount);
}
