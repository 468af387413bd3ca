import type { LocalizedName } from '@scorecard/shared';
import type { Locale } from './format';

/** An indicator's name in the interface language, falling back to the other one when it is empty. */
export function localName(name: LocalizedName, locale: Locale | string): string {
  return locale === 'en' ? name.en || name.zh : name.zh || name.en;
}
