import type { Locale } from '@/lib/format';

/** One message in both languages: Chinese (the default locale) first, English beside it. */
export type Bilingual = readonly [zh: string, en: string];

export function m(zh: string, en: string): Bilingual {
  return [zh, en];
}

export interface BilingualTree {
  readonly [key: string]: Bilingual | BilingualTree;
}

/** A catalogue with each bilingual message replaced by its text in one locale: what vue-i18n takes. */
export type LocaleMessages<T> = { [K in keyof T]: T[K] extends Bilingual ? string : LocaleMessages<T[K]> };

export function messagesIn<T extends BilingualTree>(catalogue: T, locale: Locale): LocaleMessages<T> {
  const side = locale === 'en' ? 1 : 0;
  const pick = (node: Bilingual | BilingualTree): unknown =>
    isBilingual(node) ? node[side] : Object.fromEntries(Object.entries(node).map(([key, child]) => [key, pick(child)]));
  return pick(catalogue) as LocaleMessages<T>;
}

function isBilingual(node: Bilingual | BilingualTree): node is Bilingual {
  return Array.isArray(node);
}
