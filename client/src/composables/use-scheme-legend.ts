import { computed, type ComputedRef } from 'vue';
import { legendBandOf, type Scheme } from '@scorecard/shared';
import { useSchemes } from '@/features/workbench/use-schemes';

/**
 * The scheme a ranking was computed under, for its legends (colour bands per dimension and
 * sub-indicator). Until it has loaded, cells use the grade bands, which is also the default legend.
 */
export function useSchemeLegend(version: ComputedRef<number | null | undefined>): {
  scheme: ComputedRef<Scheme | null>;
  colorOf: ComputedRef<(indicatorId: string, score: number | null | undefined) => string | null>;
} {
  const schemes = useSchemes();
  const scheme = computed(() => schemes.find(version.value)?.scheme ?? null);
  const colorOf = computed(() => {
    const s = scheme.value;
    return (id: string, score: number | null | undefined) => legendBandOf(s, id, score)?.color ?? null;
  });
  return { scheme, colorOf };
}
