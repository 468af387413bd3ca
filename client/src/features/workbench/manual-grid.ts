/** The manual values grid's state: cells by unit and period, and what changed since they were loaded. */
export interface Cell {
  unitCode: string;
  period: string;
  value: number;
}

export type Grid = Record<string, Record<string, number | null>>;

/** unit → period → value (null = no value) for the given units and periods. */
export function toGrid(cells: readonly Cell[], units: readonly string[], periods: readonly string[]): Grid {
  const grid: Grid = {};
  for (const u of units) grid[u] = Object.fromEntries(periods.map((p) => [p, null]));
  for (const c of cells) if (grid[c.unitCode] && c.period in grid[c.unitCode]!) grid[c.unitCode]![c.period] = c.value;
  return grid;
}

/** Per period, the units whose value differs from the loaded grid (null removes a value). */
export function changesByPeriod(
  loaded: Grid,
  edited: Grid,
): Map<string, Array<{ unitCode: string; value: number | null }>> {
  const out = new Map<string, Array<{ unitCode: string; value: number | null }>>();
  for (const [unitCode, periods] of Object.entries(edited)) {
    for (const [period, value] of Object.entries(periods)) {
      if ((loaded[unitCode]?.[period] ?? null) === value) continue;
      const list = out.get(period) ?? [];
      list.push({ unitCode, value });
      out.set(period, list);
    }
  }
  return out;
}

/** Text typed into a cell → a value: empty = none, otherwise a finite number or undefined (refused). */
export function parseCell(text: string): number | null | undefined {
  const trimmed = text.trim();
  if (trimmed === '') return null;
  const value = Number(trimmed);
  return Number.isFinite(value) ? value : undefined;
}
