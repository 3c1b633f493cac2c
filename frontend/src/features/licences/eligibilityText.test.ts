import { describe, expect, it } from 'vitest';
import { eligibilityText } from './eligibilityText';

describe('eligibilityText', () => {
  it('says a renewable serial can be renewed now, with or without a window', () => {
    const cloud = { reason: null, opensOn: '2024-03-14', closesOn: '2029-06-14' };
    const totalSecurity = { reason: null, opensOn: null, closesOn: null };
    for (const eligibility of [cloud, totalSecurity]) {
      expect(eligibilityText(eligibility, 'ja')).toBe('更新できます');
      expect(eligibilityText(eligibility, 'en')).toBe('Renewable now');
    }
  });

  it('says when the window opens for a serial too early to renew', () => {
    const eligibility = { reason: 'TOO_EARLY', opensOn: '2027-01-09', closesOn: '2032-04-09' } as const;
    expect(eligibilityText(eligibility, 'ja')).toBe('2027年1月9日から更新できます');
    expect(eligibilityText(eligibility, 'en')).toBe('Renewal opens on 9 Jan 2027');
  });

  it('says when the window closed, and what to do instead, for a serial too late to renew', () => {
    const eligibility = { reason: 'TOO_LATE', opensOn: '2020-08-26', closesOn: '2025-11-26' } as const;
    expect(eligibilityText(eligibility, 'ja')).toBe(
      '2025年11月26日で更新受付を終了しました。新しいライセンスをお買い求めください',
    );
    expect(eligibilityText(eligibility, 'en')).toBe('Renewal closed on 26 Nov 2025; please buy a new licence');
  });

  it('still says something true when a date is missing', () => {
    expect(eligibilityText({ reason: 'TOO_EARLY', opensOn: null, closesOn: null }, 'ja')).toBe(
      'まだ更新の受付期間ではありません',
    );
    expect(eligibilityText({ reason: 'TOO_EARLY', opensOn: null, closesOn: null }, 'en')).toBe(
      'Renewal is not open yet',
    );
    expect(eligibilityText({ reason: 'TOO_LATE', opensOn: null, closesOn: null }, 'ja')).toBe(
      '更新受付を終了しました。新しいライセンスをお買い求めください',
    );
    expect(eligibilityText({ reason: 'TOO_LATE', opensOn: null, closesOn: null }, 'en')).toBe(
      'Renewal has closed; please buy a new licence',
    );
  });
});
