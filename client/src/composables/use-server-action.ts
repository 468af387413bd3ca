import { ref, type Ref } from 'vue';
import type { ApiError } from '@/api/request';
import { toApiError } from '@/api/use-query';

export interface ServerAction {
  /** True while an action runs (buttons show a spinner, a second click waits). */
  busy: Ref<boolean>;
  /** The server's sentence when the last action failed, '' otherwise; shown near the buttons. */
  failure: Ref<string>;
  /**
   * Runs `send`, busy meanwhile; an error becomes `failure`, unless `onError` handles it itself
   * (returns true, e.g. STALE_VERSION). Resolves true when `send` succeeded.
   */
  run: (send: () => Promise<unknown>, onError?: (error: ApiError) => boolean) => Promise<boolean>;
}

/** The state of a button (or form) that asks the server to change something. */
export function useServerAction(): ServerAction {
  const busy = ref(false);
  const failure = ref('');
  async function run(send: () => Promise<unknown>, onError?: (error: ApiError) => boolean): Promise<boolean> {
    busy.value = true;
    failure.value = '';
    try {
      await send();
      return true;
    } catch (cause) {
      const apiError = toApiError(cause);
      if (!onError?.(apiError)) failure.value = apiError.message;
      return false;
    } finally {
      busy.value = false;
    }
  }
  return { busy, failure, run };
}
