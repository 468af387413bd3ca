import { computed } from 'vue';
import type { Scheme } from '@scorecard/shared';
import { SchemesDocument, type SchemeVersionFragment } from '@/api/generated/graphql';
import { useQuery } from '@/api/use-query';

/** A stored version with its tree parsed. */
export type SchemeVersionInfo = SchemeVersionFragment & { scheme: Scheme };

export function toVersionInfo(v: SchemeVersionFragment): SchemeVersionInfo {
  return { ...v, scheme: JSON.parse(v.json) as Scheme };
}

/** Every scheme version (editor, methodology page, diff); oldest first. */
export function useSchemes() {
  const state = useQuery(SchemesDocument, () => ({}));
  const versions = computed<SchemeVersionInfo[]>(() => (state.data.value?.schemes ?? []).map(toVersionInfo));
  /** What live results use where a period is not published. */
  const newestFrozen = computed(() => [...versions.value].reverse().find((v) => v.frozen) ?? null);
  const find = (version: number | null | undefined) => versions.value.find((v) => v.version === version) ?? null;
  return { ...state, versions, newestFrozen, find };
}
