import type { TextLocale } from '@scorecard/shared';

type Headers = Record<string, string | string[] | undefined>;

const first = (v: string | string[] | undefined): string => (Array.isArray(v) ? (v[0] ?? '') : (v ?? ''));

/**
 * The language a request asks for: the explicit header the dashboard sends from its language switch
 * (`X-Scorecard-Lang`, or the older `X-Locale`: `zh-CN` or `en`), else the most preferred of Chinese and
 * English in `Accept-Language`, else Chinese (the product's default). Generated sentences (insights) and
 * error messages (errors.ts) follow it.
 */
export function requestLocale(headers: Headers | undefined): TextLocale {
  return requestedLocale(headers) ?? 'zh-CN';
}

/**
 * The language the request names, or null when it names neither (no header, `Accept-Language: *`): then
 * error messages keep both languages, as scripts and older clients have always read them.
 */
export function requestedLocale(headers: Headers | undefined): TextLocale | null {
  const explicit = (first(headers?.['x-scorecard-lang']) || first(headers?.['x-locale'])).trim().toLowerCase();
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
  return best?.locale ?? null;
}
