import { describe, expect, it } from 'vitest';
import { formatDate } from './formatDate';

describe('formatDate', () => {
  it('writes dates the Japanese way', () => {
    expect(formatDate('2027-06-14', 'ja')).toBe('2027年6月14日');
  });

  it('writes dates the English way', () => {
    expect(formatDate('2027-06-14', 'en')).toBe('14 Jun 2027');
  });

  it('keeps the calendar day at the edges of the year and in leap years', () => {
    expect(formatDate('2026-01-01', 'ja')).toBe('2026年1月1日');
    expect(formatDate('2026-12-31', 'en')).toBe('31 Dec 2026');
    expect(formatDate('2028-02-29', 'en')).toBe('29 Feb 2028');
  });

  it('shows anything that is not an ISO date as it came', () => {
    expect(formatDate('someday', 'en')).toBe('someday');
  });
});
