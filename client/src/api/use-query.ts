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
 * Runs `load(input())` whenever the input changes (compared by its JSON). A result that arrives after a
 * newer load started is dropped, so a fast period switch never shows an older period's data.
 * `input()` returning null means "not ready": nothing is loaded and data is cleared.
 */
export function useLoader<TInput, TResult>(
  input: () => TInput | null,
  load: (input: TInput) => Promise<TResult>,
): QueryState<TResult> {
  const data = shallowRef<TResult | null>(null);
  const error = shallowRef<ApiError | null>(null);
  const loading = shallowRef(false);
  let latest = 0;
  let disposed = false;

  async function run(value: TInput | null): Promise<void> {
    const id = ++latest;
    if (value == null) {
      data.value = null;
      error.value = null;
      loading.value = false;
      return;
    }
    loading.value = true;
    error.value = null;
    try {
      const result = await load(value);
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

  watch(
    () => JSON.stringify(input()),
    () => void run(input()),
    { immediate: true },
  );
  onScopeDispose(() => {
    disposed = true;
  });

  return { data, error, loading, refetch: () => run(input()) };
}

/** One typed GraphQL operation, re-run when its variables change (see useLoader). */
export function useQuery<TResult, TVariables extends Record<string, unknown>>(
  document: TypedDocumentString<TResult, TVariables>,
  variables: () => TVariables | null,
): QueryState<TResult> {
  const run = request as (d: typeof document, v: TVariables) => Promise<TResult>;
  return useLoader(variables, (vars) => run(document, vars));
}
