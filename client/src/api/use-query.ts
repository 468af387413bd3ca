import { shallowRef, watch, onScopeDispose, type Ref, type ShallowRef } from 'vue';
import { ApiError, request } from './request';
import type { TypedDocumentString } from './generated/graphql';

export interface QueryState<T> {
  data: ShallowRef<T | null>;
  error: ShallowRef<ApiError | null>;
  loading: Ref<boolean>;
  refetch: () => Promise<void>;
}

export function toApiError(cause: unknown): ApiError {
  if (cause instanceof ApiError) return cause;
  return new ApiError(cause instanceof Error ? cause.message : String(cause), 'CLIENT_ERROR');
}

/**
 * Runs `document` whenever `variables()` changes. A response that arrives after a newer request was made
 * is dropped, so a fast period switch never shows an older period's data. `variables()` returning null
 * means "not ready": nothing is fetched and data is cleared.
 */
export function useQuery<TResult, TVariables extends Record<string, unknown>>(
  document: TypedDocumentString<TResult, TVariables>,
  variables: () => TVariables | null,
): QueryState<TResult> {
  const data = shallowRef<TResult | null>(null);
  const error = shallowRef<ApiError | null>(null);
  const loading = shallowRef(false);
  let latest = 0;
  let disposed = false;

  async function run(vars: TVariables | null): Promise<void> {
    const id = ++latest;
    if (vars == null) {
      data.value = null;
      loading.value = false;
      return;
    }
    loading.value = true;
    error.value = null;
    try {
      const result = await (request as (d: typeof document, v: TVariables) => Promise<TResult>)(document, vars);
      if (id !== latest || disposed) return;
      data.value = result;
    } catch (cause) {
      if (id !== latest || disposed) return;
      data.value = null;
      error.value = toApiError(cause);
    } finally {
      if (id === latest) loading.value = false;
    }
  }

  // Keyed on the serialized variables: re-running the getter with equal values fetches nothing new.
  watch(
    () => JSON.stringify(variables()),
    () => void run(variables()),
    { immediate: true },
  );
  onScopeDispose(() => {
    disposed = true;
  });

  return { data, error, loading, refetch: () => run(variables()) };
}
