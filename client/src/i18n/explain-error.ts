import type { ApiError } from '@/api/request';

type Translate = (key: string) => string;
type Exists = (key: string) => boolean;

/**
 * The server's messages already say what happened and what to do; only failures that never reached it
 * (network down, proxy error) get a translated sentence next to the raw text.
 */
export function explainError(error: ApiError, t: Translate, te: Exists): string | null {
  if (!error.clientSide) return null;
  return te(`errors.${error.code}`) ? t(`errors.${error.code}`) : t('errors.NETWORK_ERROR');
}
