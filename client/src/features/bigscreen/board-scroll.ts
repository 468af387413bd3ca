import { onBeforeUnmount, onMounted, ref, type Ref } from 'vue';

export interface BoardScrollTiming {
  /** ms at the top before scrolling starts, so rank 1 can be read */
  holdTop: number;
  /** scrolling speed in px per second */
  speed: number;
  /** ms at the end before starting again from the top */
  holdEnd: number;
}

/** About one 46 px row every 2.2 s, as before; 8 s on the leaders and 5 s on the last page. */
export const BOARD_TIMING: BoardScrollTiming = { holdTop: 8000, speed: 46 / 2.2, holdEnd: 5000 };

/** Length in ms of one cycle: hold at the top, scroll `distance` px, hold at the end. */
export function boardCycle(distance: number, timing: BoardScrollTiming = BOARD_TIMING): number {
  return timing.holdTop + (Math.max(0, distance) / timing.speed) * 1000 + timing.holdEnd;
}

/**
 * How far (px) the board is scrolled `elapsed` ms into the loop: 0 while holding at the top, then linear
 * down to `distance`, held there, then back to 0 for the next cycle. Nothing to scroll → always 0.
 */
export function boardOffset(elapsed: number, distance: number, timing: BoardScrollTiming = BOARD_TIMING): number {
  if (distance <= 0) return 0;
  const t = Math.max(0, elapsed) % boardCycle(distance, timing);
  if (t <= timing.holdTop) return 0;
  return Math.min(distance, ((t - timing.holdTop) / 1000) * timing.speed);
}

/**
 * Drives the board: the offset follows the clock except while `paused` (mouse over the board), and it stays
 * at the top when the user asks for reduced motion. `distance()` is read every frame so a refreshed ranking
 * or a resize is picked up.
 */
export function useBoardScroll(distance: () => number, paused: Ref<boolean>, timing: BoardScrollTiming = BOARD_TIMING) {
  const offset = ref(0);
  let frame = 0;
  let elapsed = 0;
  let last: number | null = null;
  const reduced = typeof window !== 'undefined' && window.matchMedia?.('(prefers-reduced-motion: reduce)').matches;

  function tick(now: number): void {
    if (last != null && !paused.value) elapsed += now - last;
    last = now;
    offset.value = Math.round(boardOffset(elapsed, distance(), timing) * 10) / 10;
    frame = requestAnimationFrame(tick);
  }
  onMounted(() => {
    if (!reduced) frame = requestAnimationFrame(tick);
  });
  onBeforeUnmount(() => cancelAnimationFrame(frame));
  return offset;
}
