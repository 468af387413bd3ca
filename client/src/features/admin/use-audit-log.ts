import { computed, ref, watch, type Ref } from 'vue';
import { AuditLogDocument } from '@/api/generated/graphql';
import { useQuery } from '@/api/use-query';
import type { AuditPage } from './audit-view';

/**
 * The audit log, newest first, a page at a time (cursor pagination). The stack of cursors lets the user
 * step back; a new action filter starts again at page 1.
 */
export function useAuditLog(action: Ref<string | null>, pageSize = 20) {
  const cursors = ref<Array<string | null>>([null]);
  const page = computed(() => cursors.value.length);
  watch(action, () => {
    cursors.value = [null];
  });

  const state = useQuery(AuditLogDocument, () => ({
    first: pageSize,
    after: cursors.value[cursors.value.length - 1] ?? null,
    action: action.value,
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
