import type { LocalizedName } from '@scorecard/shared';
import type { Locale } from './format';

/** An indicator's name in the interface language, falling back to the other one when it is empty. */
export function localName(name: LocalizedName, locale: Locale | string): string {
  return locale === 'en' ? name.en || name.zh : name.zh || name.en;
}

/** The name of something the API sends in both languages (`name`, `nameEn`), in the interface language. */
export function nameIn(item: { name: string; nameEn: string }, locale: Locale | string): string {
  return localName({ zh: item.name, en: item.nameEn }, locale);
}
