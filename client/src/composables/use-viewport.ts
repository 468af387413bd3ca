import { onBeforeUnmount, shallowRef, type Ref } from 'vue';

/** The three layouts (client/README.md, responsive layout): phone ≤ 480 px, compact 481–1279 px (768–1279 is the target), desktop ≥ 1280 px. */
export type Layout = 'phone' | 'compact' | 'desktop';

export const PHONE_MAX = 480;
export const DESKTOP_MIN = 1280;

export function layoutFor(width: number): Layout {
  if (width <= PHONE_MAX) return 'phone';
  return width < DESKTOP_MIN ? 'compact' : 'desktop';
}

/** The current layout, following window resizes (for what CSS alone cannot do, such as a drawer's size prop). */
export function useLayout(): Ref<Layout> {
  const layout = shallowRef<Layout>(typeof window === 'undefined' ? 'desktop' : layoutFor(window.innerWidth));
  if (typeof window === 'undefined') return layout;
  const update = (): void => {
    layout.value = layoutFor(window.innerWidth);
  };
  window.addEventListener('resize', update, { passive: true });
  onBeforeUnmount(() => window.removeEventListener('resize', update));
  return layout;
}
