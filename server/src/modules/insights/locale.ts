import type { TextLocale } from '@scorecard/shared';

type Headers = Record<string, string | string[] | undefined>;

const first = (v: string | string[] | undefined): string => (Array.isArray(v) ? (v[0] ?? '') : (v ?? ''));

/**
 * The language of generated sentences: the `X-Locale` header the dashboard sends (its own language
 * switch, `zh-CN` or `en`), else the most preferred of Chinese and English in `Accept-Language`, else
 * Chinese (the product's default).
 */
export function requestLocale(headers: Headers | undefined): TextLocale {
  const explicit = first(headers?.['x-locale']).trim().toLowerCase();
  if (explicit.startsWith('en')) return 'en';
  if (explicit.startsWith('zh')) return 'zh-CN';
  let best: { locale: TextLocale; q: number } | null = null;
  for (const part of first(headers?.['accept-language']).split(',')) {
    const [tag = '', ...params] = part.trim().toLowerCase().split(';');
    const q = Number(
      params
        .find((p) => p.trim().startsWith('q='))
        ?.trim()
        .slice(2) ?? 1,
    );
    const locale = tag.startsWith('en') ? 'en' : tag.startsWith('zh') ? 'zh-CN' : null;
    if (locale && Number.isFinite(q) && q > 0 && (best === null || q > best.q)) best = { locale, q };
  }
  return best?.locale ?? 'zh-CN';
}
