/** Colours of rank movement (what-if slope chart, stability flags): up, down, unchanged. */
export const MOVE_COLORS = {
  up: '#16a34a',
  down: '#dc2626',
  same: '#9ca3af',
  unstable: '#dc2626',
  stable: '#2563eb',
} as const;
