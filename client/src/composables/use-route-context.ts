import { computed, type ComputedRef } from 'vue';
import { useRoute, useRouter, type LocationQueryRaw } from 'vue-router';
import type { RankingScope } from '@/api/generated/graphql';
import { isScope } from '@/stores/context';

export interface RouteContext {
  period: ComputedRef<string | null>;
  scope: ComputedRef<RankingScope>;
  /** any other string query parameter (tab, q, indicator…) */
  query: (key: string) => string | null;
  /** merges into the query; null removes a key. `push` adds a history entry (period/scope changes). */
  update: (patch: Record<string, string | null>, mode?: 'push' | 'replace') => Promise<void>;
}

/** Period, scope and view state live in the URL so every view is a shareable link. */
export function useRouteContext(): RouteContext {
  const route = useRoute();
  const router = useRouter();

  const query = (key: string): string | null => {
    const value = route.query[key];
    return typeof value === 'string' && value !== '' ? value : null;
  };

  async function update(patch: Record<string, string | null>, mode: 'push' | 'replace' = 'push'): Promise<void> {
    const next: LocationQueryRaw = { ...route.query };
    for (const [key, value] of Object.entries(patch)) {
      if (value == null || value === '') delete next[key];
      else next[key] = value;
    }
    await router[mode]({ path: route.path, query: next, hash: route.hash });
  }

  return {
    period: computed(() => query('period')),
    scope: computed(() => {
      const value = route.query.scope;
      return isScope(value) ? value : 'ALL';
    }),
    query,
    update,
  };
}
