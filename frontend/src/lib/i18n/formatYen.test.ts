import { describe, expect, it } from 'vitest';
import { formatYen } from './formatYen';

describe('formatYen', () => {
  it('writes yen the Japanese way', () => {
    expect(formatYen(12345, 'ja')).toBe('12,345円');
    expect(formatYen(610, 'ja')).toBe('610円');
    expect(formatYen(1234567, 'ja')).toBe('1,234,567円');
  });

  it('writes yen the English way', () => {
    expect(formatYen(12345, 'en')).toBe('¥12,345');
    expect(formatYen(610, 'en')).toBe('¥610');
    expect(formatYen(1234567, 'en')).toBe('¥1,234,567');
  });

  it('writes zero', () => {
    expect(formatYen(0, 'ja')).toBe('0円');
    expect(formatYen(0, 'en')).toBe('¥0');
  });
});
