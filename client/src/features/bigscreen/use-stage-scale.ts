import { onBeforeUnmount, onMounted, ref } from 'vue';

export const STAGE_WIDTH = 1920;
export const STAGE_HEIGHT = 1080;

/** Scale factor that fits the fixed 1920×1080 stage into the window, letterboxed. */
export function useStageScale() {
  const scale = ref(1);
  const update = (): void => {
    scale.value = Math.min(window.innerWidth / STAGE_WIDTH, window.innerHeight / STAGE_HEIGHT);
  };
  onMounted(() => {
    update();
    window.addEventListener('resize', update);
    document.documentElement.classList.add('no-scroll');
  });
  onBeforeUnmount(() => {
    window.removeEventListener('resize', update);
    document.documentElement.classList.remove('no-scroll');
  });
  return scale;
}

/** A counter that advances every `ms`, for rotating views. */
export function useRotation(count: () => number, ms: number) {
  const index = ref(0);
  let timer: ReturnType<typeof setInterval> | undefined;
  onMounted(() => {
    timer = setInterval(() => {
      index.value = (index.value + 1) % Math.max(1, count());
    }, ms);
  });
  onBeforeUnmount(() => clearInterval(timer));
  return index;
}
