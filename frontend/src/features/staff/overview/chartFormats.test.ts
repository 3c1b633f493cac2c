import { describe, expect, it } from 'vitest';
import { tickAmount, tickDay } from './chartFormats';

describe('chart ticks', () => {
  it('write a day without its year, in each language', () => {
    expect(tickDay('2027-06-14', 'ja')).toBe('6/14');
    expect(tickDay('2027-06-14', 'en')).toBe('14 Jun');
    expect(tickDay('2026-01-01', 'en')).toBe('1 Jan');
    expect(tickDay('someday', 'ja')).toBe('someday');
  });

  it('write amounts in round units, in each language', () => {
    expect(tickAmount(0, 'ja')).toBe('0');
    expect(tickAmount(120000, 'ja')).toBe('12万');
    expect(tickAmount(120000, 'en')).toBe('120K');
    expect(tickAmount(1500000, 'en')).toBe('1.5M');
  });
});
