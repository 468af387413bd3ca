import { computed, ref, watch, type Ref } from 'vue';
import { AuditLogDocument } from '@/api/generated/graphql';
import { useQuery } from '@/api/use-query';
import type { AuditPage } from './audit-view';

/**
 * The audit log, newest first, a page at a time (cursor pagination). The stack of cursors lets the user
 * step back; a new action filter starts again at page 1.
 */
export interface AuditFilters {
  action: string | null;
  /** username */
  actor: string | null;
  /** YYYY-MM-DD, inclusive */
  from: string | null;
  to: string | null;
}

/**
 * The Excel export of the same entries (GET /api/exports/audit.xlsx of the import/export module, ADMIN only),
 * with the same filters and the page's language (`lang`) for its headers.
 */
export function auditExportUrl(filters: AuditFilters, lang: string | null = null): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(filters)) if (value) params.set(key, value);
  if (lang) params.set('lang', lang === 'en' ? 'en' : 'zh');
  const search = params.toString();
  return `/api/exports/audit.xlsx${search ? `?${search}` : ''}`;
}

export function useAuditLog(filters: Ref<AuditFilters>, pageSize = 20) {
  const cursors = ref<Array<string | null>>([null]);
  const page = computed(() => cursors.value.length);
  watch(filters, () => {
    cursors.value = [null];
  });

  const state = useQuery(AuditLogDocument, () => ({
    first: pageSize,
    after: cursors.value[cursors.value.length - 1] ?? null,
    ...filters.value,
  }));
  const log = computed<AuditPage | null>(() => state.data.value?.auditLog ?? null);

  function next(): void {
    const cursor = log.value?.pageInfo.endCursor;
    if (log.value?.pageInfo.hasNextPage && cursor) cursors.value = [...cursors.value, cursor];
  }
  function previous(): void {
    if (cursors.value.length > 1) cursors.value = cursors.value.slice(0, -1);
  }
  return { ...state, log, page, next, previous };
}
