/**
 * Pure helpers of the legend editor (图例色带编辑): which legends a scheme has (its default, each
 * dimension, each sub-indicator), the bands each one shows (own or inherited, shared's legendOf),
 * overriding and resetting, band edits, and shared's legend checks mapped to the band they name. The
 * rule itself lives in shared (legendIssues, also run by validateScheme on the server); nothing here
 * decides whether a legend is valid.
 */
import {
  legendIssues,
  legendOf,
  schemeLegendOf,
  type LegendBand,
  type LegendIssueReason,
  type LocalizedName,
  type ResolvedLegend,
  type Scheme,
} from '@scorecard/shared';

/** One place that can hold a legend; `path` is its validation path ('' for the scheme's default). */
export interface LegendHolderRef {
  level: 'scheme' | 'dimension' | 'subIndicator';
  /** Indicator id; null for the scheme's default. */
  id: string | null;
  name: LocalizedName | null;
  path: string;
}

/** The scheme's default legend, then each dimension followed by its sub-indicators. */
export function legendHolders(scheme: Scheme): LegendHolderRef[] {
  const out: LegendHolderRef[] = [{ level: 'scheme', id: null, name: null, path: '' }];
  scheme.dimensions.forEach((d, k) => {
    out.push({ level: 'dimension', id: d.id, name: d.name, path: `dimensions.${k}` });
    d.subIndicators.forEach((s, i) =>
      out.push({ level: 'subIndicator', id: s.id, name: s.name, path: `dimensions.${k}.subIndicators.${i}` }),
    );
  });
  return out;
}

/** The object at `path` that carries `legend` (the scheme, a dimension or a sub-indicator). */
function holderAt(scheme: Scheme, path: string): { legend?: LegendBand[] } {
  const [, k, , i] = path.split('.');
  if (k === undefined) return scheme;
  const d = scheme.dimensions[Number(k)];
  const holder = i === undefined ? d : d?.subIndicators[Number(i)];
  if (!holder) throw new Error(`legend editor: no dimension or sub-indicator at ${path}`);
  return holder;
}

/** The holder's own bands as written (the order the editor shows and validation paths index), or null. */
export function ownBands(scheme: Scheme, path: string): LegendBand[] | null {
  return holderAt(scheme, path).legend ?? null;
}

/** The bands the holder shows now, highest first, and where they come from. */
export function effectiveLegend(scheme: Scheme, ref: LegendHolderRef): ResolvedLegend {
  return ref.id === null ? schemeLegendOf(scheme) : legendOf(scheme, ref.id);
}

/** Start an override: the holder gets its own copy of the bands it inherits, to edit from there. */
export function overrideLegend(scheme: Scheme, ref: LegendHolderRef): void {
  holderAt(scheme, ref.path).legend = effectiveLegend(scheme, ref).bands.map((b) => ({ ...b, label: { ...b.label } }));
}

/** Back to the inherited legend: the holder's own bands are dropped. */
export function resetLegend(scheme: Scheme, path: string): void {
  delete holderAt(scheme, path).legend;
}

function ownOrThrow(scheme: Scheme, path: string): LegendBand[] {
  const bands = ownBands(scheme, path);
  if (!bands) throw new Error(`legend editor: ${path || 'the scheme'} has no own legend to edit`);
  return bands;
}

/**
 * A new band: from 0 when no band starts there (scores below the lowest band would stay uncoloured),
 * else in the widest gap between lower bounds (or up to 100) at its middle, rounded down; it takes the
 * colour of the band below it. Its labels start empty: the editor's warning asks for them.
 */
export function addBand(scheme: Scheme, path: string): void {
  const bands = ownOrThrow(scheme, path);
  const starts = [...new Set(bands.map((b) => b.from).filter((f) => Number.isFinite(f)))].sort((a, b) => a - b);
  let from = 0;
  let below: LegendBand | undefined;
  if (starts.includes(0)) {
    const bounds = [...starts, 100];
    let [lo, width] = [0, -1];
    for (let j = 0; j + 1 < bounds.length; j++) {
      if (bounds[j + 1]! - bounds[j]! > width) [lo, width] = [bounds[j]!, bounds[j + 1]! - bounds[j]!];
    }
    from = Math.floor(lo + width / 2);
    below = bands.find((b) => b.from === lo);
  }
  bands.push({ from, color: below?.color ?? bands[bands.length - 1]?.color ?? '#909399', label: { zh: '', en: '' } });
}

export function removeBand(scheme: Scheme, path: string, index: number): void {
  ownOrThrow(scheme, path).splice(index, 1);
}

export type BandPatch = { from?: number; color?: string; zh?: string; en?: string };

export function updateBand(scheme: Scheme, path: string, index: number, patch: BandPatch): void {
  const band = ownOrThrow(scheme, path)[index];
  if (!band) throw new Error(`legend editor: ${path || 'the scheme'} has no band ${index}`);
  if (patch.from !== undefined) band.from = patch.from;
  if (patch.color !== undefined) band.color = patch.color;
  if (patch.zh !== undefined) band.label = { ...band.label, zh: patch.zh };
  if (patch.en !== undefined) band.label = { ...band.label, en: patch.en };
}

/**
 * One line of the editor: a holder, its own bands (null = inherits), what it shows, shared's checks of
 * its own bands (computed once here for the tag and the band rows), and whether it blocks saving.
 */
export interface LegendRow {
  ref: LegendHolderRef;
  own: LegendBand[] | null;
  effective: ResolvedLegend;
  problems: LegendProblem[];
  hasError: boolean;
}

export function legendRows(scheme: Scheme): LegendRow[] {
  return legendHolders(scheme).map((ref) => {
    const own = ownBands(scheme, ref.path);
    const problems = legendProblems(own);
    const hasError = problems.some((p) => p.severity === 'error');
    return { ref, own, effective: effectiveLegend(scheme, ref), problems, hasError };
  });
}

export interface LegendProblem {
  severity: 'error' | 'warning';
  reason: LegendIssueReason;
  /** Index into the own bands as written; null for the legend as a whole. */
  band: number | null;
  /** The band's lower bound as written, to name it in the message. */
  from: number | null;
  field: 'from' | 'color' | 'label' | null;
}

/** Shared's checks of the holder's own legend, each tied to the band and field it names. */
export function legendProblems(bands: readonly LegendBand[] | null): LegendProblem[] {
  if (!bands) return [];
  return legendIssues(bands).map((issue) => {
    const [, index, field] = issue.path.split('.');
    const band = index === undefined ? null : Number(index);
    return {
      severity: issue.severity,
      reason: issue.reason,
      band,
      from: band === null ? null : (bands[band]?.from ?? null),
      field: (field as LegendProblem['field']) ?? null,
    };
  });
}
