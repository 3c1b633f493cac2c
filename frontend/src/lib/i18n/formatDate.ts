// Calendar dates from the API (ISO `YYYY-MM-DD`) written the way each language writes them.
import type { Language } from './language';

const formats: Record<Language, Intl.DateTimeFormat> = {
  // 2027年6月14日
  ja: new Intl.DateTimeFormat('ja-JP', { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' }),
  // 14 Jun 2027
  en: new Intl.DateTimeFormat('en-GB', { year: 'numeric', month: 'short', day: 'numeric', timeZone: 'UTC' }),
};

/** Formats an ISO date; the date is read and written in UTC so no time zone can shift the day. */
export function formatDate(isoDate: string, language: Language): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  if (!match) {
    return isoDate;
  }
  const [, year, month, day] = match.map(Number) as [number, number, number, number];
  return formats[language].format(new Date(Date.UTC(year, month - 1, day)));
}

const instantFormats: Record<Language, Intl.DateTimeFormat> = {
  ja: new Intl.DateTimeFormat('ja-JP', { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'Asia/Tokyo' }),
  en: new Intl.DateTimeFormat('en-GB', { year: 'numeric', month: 'short', day: 'numeric', timeZone: 'Asia/Tokyo' }),
};

/** The calendar day, in Japan, of an instant from the API (ISO with offset): the day it happened for the seller. */
export function formatInstantDate(isoInstant: string, language: Language): string {
  const instant = new Date(isoInstant);
  return Number.isNaN(instant.getTime()) ? isoInstant : instantFormats[language].format(instant);
}

const instantTimeFormats: Record<Language, Intl.DateTimeFormat> = {
  ja: new Intl.DateTimeFormat('ja-JP', { dateStyle: 'long', timeStyle: 'short', timeZone: 'Asia/Tokyo' }),
  en: new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'Asia/Tokyo' }),
};

/** The day and time, in Japan, of an instant from the API: when something was done, to the minute. */
export function formatInstantDateTime(isoInstant: string, language: Language): string {
  const instant = new Date(isoInstant);
  return Number.isNaN(instant.getTime()) ? isoInstant : instantTimeFormats[language].format(instant);
}
