import { onScopeDispose, shallowRef, watch, type Ref } from 'vue';
import type { StabilityOptions, StabilityRow, UnitStability } from '@scorecard/shared';
import type { StabilityRequest, StabilityResponse } from './stability.worker';

/** Rows as the engine's stability function takes them, from a ranking row of the API or the engine. */
export interface RankedRowLike {
  unitCode: string;
  rank: number | null;
  penalty: number;
  dimensions: ReadonlyArray<{ score: number | null; weight: number }>;
}

export function toStabilityRows(rows: readonly RankedRowLike[]): StabilityRow[] {
  return rows.map((r) => ({
    unitCode: r.unitCode,
    rank: r.rank,
    penalty: r.penalty,
    dimensions: r.dimensions.map((d) => ({ score: d.score, weight: d.weight })),
  }));
}

/**
 * Runs the Monte Carlo in a Web Worker whenever the rows or options change (after `delayMs`, so a
 * dragged slider does not queue a run per pixel). A result that belongs to an older request is dropped.
 */
export function useStability(
  rows: Readonly<Ref<StabilityRow[] | null>>,
  options: Readonly<Ref<StabilityOptions>>,
  delayMs = 250,
) {
  const result = shallowRef<UnitStability[] | null>(null);
  const running = shallowRef(false);
  const workerMs = shallowRef<number | null>(null);
  const error = shallowRef<string | null>(null);
  /** Results received so far (the bench and tests wait for it to move). */
  const runs = shallowRef(0);
  let worker: Worker | null = null;
  let latest = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;

  function ensureWorker(): Worker {
    if (worker) return worker;
    worker = new Worker(new URL('./stability.worker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = (event: MessageEvent<StabilityResponse>) => {
      if (event.data.id !== latest) return;
      result.value = event.data.result;
      workerMs.value = event.data.ms;
      running.value = false;
      runs.value += 1;
    };
    worker.onerror = (event) => {
      error.value = event.message || 'worker error';
      running.value = false;
    };
    return worker;
  }

  function run(): void {
    const input = rows.value;
    if (!input || input.length === 0) {
      result.value = null;
      return;
    }
    latest += 1;
    running.value = true;
    error.value = null;
    const request: StabilityRequest = { id: latest, rows: input, options: { ...options.value } };
    ensureWorker().postMessage(request);
  }

  watch(
    [rows, options],
    () => {
      clearTimeout(timer);
      timer = setTimeout(run, delayMs);
    },
    { immediate: true, deep: true },
  );
  onScopeDispose(() => {
    clearTimeout(timer);
    worker?.terminate();
  });

  return { result, running, workerMs, error, runs, run };
}
