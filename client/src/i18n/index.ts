import { createI18n } from 'vue-i18n';
import zhCN from './zh-CN';
import en from './en';
import type { Locale } from '@/lib/format';
import { setRequestLocale } from '@/api/request';

export const LOCALE_KEY = 'scorecard.locale';
export const LOCALES: ReadonlyArray<{ id: Locale; label: string }> = [
  { id: 'zh-CN', label: '中文' },
  { id: 'en', label: 'English' },
];

function initialLocale(): Locale {
  const saved = localStorage.getItem(LOCALE_KEY);
  return saved === 'en' || saved === 'zh-CN' ? saved : 'zh-CN';
}

export const i18n = createI18n({
  legacy: false,
  locale: initialLocale(),
  fallbackLocale: 'zh-CN',
  messages: { 'zh-CN': zhCN, en },
});

setRequestLocale(i18n.global.locale.value);

export function setLocale(locale: Locale): void {
  i18n.global.locale.value = locale;
  setRequestLocale(locale);
  localStorage.setItem(LOCALE_KEY, locale);
  document.documentElement.lang = locale;
}
