import { computed, ref, watch, type ComputedRef } from 'vue';
import { EvidenceDocument, type EvidenceQuery } from '@/api/generated/graphql';
import { request } from '@/api/request';
import { useQuery } from '@/api/use-query';

export type EvidencePage = EvidenceQuery['evidence'];
export type EvidenceRow = EvidencePage['rows'][number];

/**
 * The "only counted against" filter found nothing although the unit has records for the indicator. That is
 * normal for averaged indicators (E3 requester satisfaction, D1 mean depth): points are lost on the mean,
 * not on any single record, so the drawer should list all records instead of an empty state.
 */
export function nothingAgainstButRecords(
  page: { rows: readonly unknown[]; totalCount: number; againstCount: number } | null,
): boolean {
  return !!page && page.rows.length === 0 && page.againstCount === 0 && page.totalCount > 0;
}

/** Records per page of the drawer. */
export const EVIDENCE_PAGE_SIZE = 20;
const EXPORT_PAGE = 200; // the server accepts 1–200 per page
const EXPORT_LIMIT = 50_000;

/**
 * The records behind one sub-indicator, a page at a time (cursor pagination). The stack of cursors lets the
 * user step back; any change of unit, period, indicator or filter starts again at page 1.
 */
export function useEvidence(
  unitCode: ComputedRef<string | null>,
  period: ComputedRef<string | null>,
  indicatorId: ComputedRef<string | null>,
  pageSize = EVIDENCE_PAGE_SIZE,
) {
  const onlyAgainst = ref(true);
  /** Set when the filter was turned off by itself because nothing counted against the unit (see below). */
  const showingAllInstead = ref(false);
  const cursors = ref<Array<string | null>>([null]);
  const page = computed(() => cursors.value.length);

  // Another indicator (or unit, period) opens filtered again; this watcher runs before the query's own.
  watch([unitCode, period, indicatorId], () => {
    onlyAgainst.value = true;
    showingAllInstead.value = false;
  });
  watch([unitCode, period, indicatorId, onlyAgainst], () => {
    cursors.value = [null];
  });

  const state = useQuery(EvidenceDocument, () =>
    unitCode.value && period.value && indicatorId.value
      ? {
          unitCode: unitCode.value,
          period: period.value,
          indicatorId: indicatorId.value,
          first: pageSize,
          after: cursors.value[cursors.value.length - 1] ?? null,
          onlyAgainst: onlyAgainst.value,
        }
      : null,
  );
  const evidence = computed<EvidencePage | null>(() => state.data.value?.evidence ?? null);

  // Switch to all records once per indicator; if the user turns the filter back on, the empty state stays.
  watch(evidence, (current) => {
    if (onlyAgainst.value && !showingAllInstead.value && nothingAgainstButRecords(current)) {
      showingAllInstead.value = true;
      onlyAgainst.value = false;
    }
  });
  /** The note "nothing counted against, showing all" is shown while the filter stays off. */
  const autoShowingAll = computed(() => showingAllInstead.value && !onlyAgainst.value);

  function next(): void {
    const cursor = evidence.value?.pageInfo.endCursor;
    if (evidence.value?.pageInfo.hasNextPage && cursor) cursors.value = [...cursors.value, cursor];
  }
  function previous(): void {
    if (cursors.value.length > 1) cursors.value = cursors.value.slice(0, -1);
  }

  /** Every row under the current filter, fetched in large pages for the CSV export. */
  async function fetchAll(): Promise<EvidenceRow[]> {
    if (!unitCode.value || !period.value || !indicatorId.value) return [];
    const rows: EvidenceRow[] = [];
    let after: string | null = null;
    for (;;) {
      const { evidence: chunk }: EvidenceQuery = await request(EvidenceDocument, {
        unitCode: unitCode.value,
        period: period.value,
        indicatorId: indicatorId.value,
        first: EXPORT_PAGE,
        after,
        onlyAgainst: onlyAgainst.value,
      });
      rows.push(...chunk.rows);
      if (!chunk.pageInfo.hasNextPage || !chunk.pageInfo.endCursor || rows.length >= EXPORT_LIMIT) return rows;
      after = chunk.pageInfo.endCursor;
    }
  }

  return { ...state, evidence, onlyAgainst, autoShowingAll, page, next, previous, fetchAll };
}
