// Amounts of yen (integers: yen has no minor unit) written the way each language writes prices.
import type { Language } from './language';

const formats: Record<Language, Intl.NumberFormat> = {
  // 12,345円: the way Japanese price tables write it.
  ja: new Intl.NumberFormat('ja-JP', { style: 'currency', currency: 'JPY', currencyDisplay: 'name' }),
  // ¥12,345 (en-GB would write JP¥12,345).
  en: new Intl.NumberFormat('en-US', { style: 'currency', currency: 'JPY' }),
};

export function formatYen(amount: number, language: Language): string {
  return formats[language].format(amount);
}
