import { computed, type ComputedRef } from 'vue';
import { PublicationsDocument, type PublicationInfoFragment } from '@/api/generated/graphql';
import { useQuery } from '@/api/use-query';

export type PublicationInfo = PublicationInfoFragment;

/** The publications of one period, newest first; `latest` is the one views show by default. */
export function usePublications(period: ComputedRef<string | null>) {
  const state = useQuery(PublicationsDocument, () => (period.value ? { period: period.value } : null));
  const list = computed<PublicationInfo[]>(() => state.data.value?.publications ?? []);
  const latest = computed(() => list.value.find((p) => p.latest) ?? null);
  return { ...state, list, latest };
}
