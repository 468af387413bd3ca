/// <reference lib="webworker" />
// Monte Carlo rank stability off the main thread: 1,000 re-rankings must not freeze sliders or scrolling.
import { rankStability, type StabilityOptions, type StabilityRow, type UnitStability } from '@scorecard/shared';

export interface StabilityRequest {
  id: number;
  rows: StabilityRow[];
  options: StabilityOptions;
}

export interface StabilityResponse {
  id: number;
  result: UnitStability[];
  /** Time of the computation inside the worker. */
  ms: number;
}

self.onmessage = (event: MessageEvent<StabilityRequest>) => {
  const { id, rows, options } = event.data;
  const t0 = performance.now();
  const result = rankStability(rows, options);
  const response: StabilityResponse = { id, result, ms: performance.now() - t0 };
  self.postMessage(response);
};
