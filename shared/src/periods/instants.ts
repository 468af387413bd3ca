/**
 * Instants (stored as ISO 8601 UTC, e.g. `2026-12-04T01:02:03.000Z`) as people in Asia/Shanghai read
 * them. China keeps UTC+8 all year (no daylight saving), so a fixed offset is exact.
 */
const SHANGHAI_OFFSET_MS = 8 * 60 * 60 * 1000;

/** `2026-12-04T01:02:03.000Z` → `2026-12-04 09:02`; anything unparsable is returned as it is. */
export function shanghaiDateTime(instant: string): string {
  const ms = Date.parse(instant);
  if (Number.isNaN(ms)) return instant;
  return new Date(ms + SHANGHAI_OFFSET_MS).toISOString().slice(0, 16).replace('T', ' ');
}
