import { describe, expect, it } from 'vitest';
import { messages } from '../../lib/i18n/messages';
import { licenceStatusText } from './licenceStatus';

describe('licenceStatusText', () => {
  it.each([
    ['ACTIVE', 91, '有効', 'Active'],
    ['EXPIRING_SOON', 90, 'まもなく期限切れ（残り90日）', 'Expiring soon (90 days left)'],
    ['EXPIRING_SOON', 1, 'まもなく期限切れ（残り1日）', 'Expiring soon (1 day left)'],
    ['EXPIRING_SOON', 0, 'まもなく期限切れ（残り0日）', 'Expiring soon (0 days left)'],
    ['EXPIRED', -1, '期限切れ（1日前）', 'Expired 1 day ago'],
    ['EXPIRED', -40, '期限切れ（40日前）', 'Expired 40 days ago'],
    ['EXPIRED', -44, '期限切れ（44日前）', 'Expired 44 days ago'],
    ['EXPIRED', -45, '期限切れ（約1か月前）', 'Expired about 1 month ago'],
    ['EXPIRED', -100, '期限切れ（約3か月前）', 'Expired about 3 months ago'],
    ['EXPIRED', -319, '期限切れ（約10か月前）', 'Expired about 10 months ago'],
    ['EXPIRED', -320, '期限切れ（約1年前）', 'Expired about 1 year ago'],
    ['EXPIRED', -396, '期限切れ（約1年前）', 'Expired about 1 year ago'],
    ['EXPIRED', -1096, '期限切れ（約3年前）', 'Expired about 3 years ago'],
  ] as const)('%s with %i days left reads %s / %s', (status, days, ja, en) => {
    expect(licenceStatusText(status, days, messages.ja)).toBe(ja);
    expect(licenceStatusText(status, days, messages.en)).toBe(en);
  });
});
