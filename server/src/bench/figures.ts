/** One line of the benchmark table: what was measured, against which target. */
export interface Figure {
  id: string;
  label: string;
  /** null when the step could not run (the table says why in `note`). */
  measured: number | null;
  unit: string;
  target: { op: '>=' | '<='; value: number } | null;
  note?: string;
}

export type FigureStatus = 'ok' | 'MISSED' | 'n/a' | 'info';

export function statusOf(f: Figure): FigureStatus {
  if (f.measured === null) return 'n/a';
  if (!f.target) return 'info';
  const met = f.target.op === '>=' ? f.measured >= f.target.value : f.measured <= f.target.value;
  return met ? 'ok' : 'MISSED';
}

function formatNumber(v: number): string {
  if (Math.abs(v) >= 1000) return Math.round(v).toLocaleString('en-US');
  if (Math.abs(v) >= 100) return v.toFixed(0);
  if (Math.abs(v) >= 10) return v.toFixed(1);
  return v.toFixed(2);
}

function formatValue(v: number | null, unit: string): string {
  return v === null ? '—' : `${formatNumber(v)} ${unit}`.trim();
}

/** A plain-text table (also valid Markdown) that can be pasted into docs/performance.md. */
export function renderTable(figures: readonly Figure[]): string {
  const rows = figures.map((f) => [
    f.label,
    // A step that could not run says why in the measured column (e.g. "not measured: chromium missing").
    f.measured === null && f.note ? f.note : formatValue(f.measured, f.unit),
    f.target ? `${f.target.op} ${formatValue(f.target.value, f.unit)}` : '',
    statusOf(f),
  ]);
  const header = ['figure', 'measured', 'target', 'ok/MISSED'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: string[]): string => `| ${cells.map((c, i) => c.padEnd(widths[i])).join(' | ')} |`;
  return [line(header), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...rows.map(line)].join('\n');
}
