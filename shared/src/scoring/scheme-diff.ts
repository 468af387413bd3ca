/**
 * What changed between two scheme versions, for the side-by-side diff and the audit trail: items are
 * matched by id (not position), so a moved or renamed-in-place sub-indicator reads as what it is.
 * Values are display text (`band(0.6, 0.95)`, `25`), the same on the server and in the browser.
 */
import type { DimensionDef, LegendBand, LocalizedName, Scheme, SubIndicatorDef } from '../model/scheme.js';
import { formatRule } from './rules.js';

export interface SchemeDiffEntry {
  kind: 'added' | 'removed' | 'changed';
  /** Null for scheme-level fields (penalty, threshold). */
  dimensionId: string | null;
  /** Null for a dimension's own fields. */
  subIndicatorId: string | null;
  /** The field that changed; null when a whole dimension or sub-indicator was added or removed. */
  field: string | null;
  before: string | null;
  after: string | null;
}

const nameText = (n: LocalizedName): string => `${n.zh} / ${n.en}`;

const SUB_FIELDS: ReadonlyArray<[string, (s: SubIndicatorDef) => string]> = [
  ['name', (s) => nameText(s.name)],
  ['weight', (s) => String(s.weight)],
  ['measureId', (s) => s.measureId],
  ['source', (s) => s.source],
  ['rule', (s) => formatRule(s.rule)],
  ['enabled', (s) => String(s.enabled)],
];

const DIMENSION_FIELDS: ReadonlyArray<[string, (d: DimensionDef) => string]> = [
  ['name', (d) => nameText(d.name)],
  ['weight', (d) => String(d.weight)],
  ['enabled', (d) => String(d.enabled)],
];

const SCHEME_FIELDS: ReadonlyArray<[string, (s: Scheme) => string]> = [
  ['penalty.measureId', (s) => s.penalty.measureId],
  ['penalty.pointsPerIncident', (s) => String(s.penalty.pointsPerIncident)],
  ['penalty.maxPoints', (s) => String(s.penalty.maxPoints)],
  ['remediationThreshold', (s) => String(s.remediationThreshold)],
];

function fieldChanges<T>(
  fields: ReadonlyArray<[string, (x: T) => string]>,
  a: T,
  b: T,
  where: Pick<SchemeDiffEntry, 'dimensionId' | 'subIndicatorId'>,
): SchemeDiffEntry[] {
  const out: SchemeDiffEntry[] = [];
  for (const [field, text] of fields) {
    const before = text(a);
    const after = text(b);
    if (before !== after) out.push({ kind: 'changed', ...where, field, before, after });
  }
  return out;
}

/** A legend band as display text: `≥ 90 · #16a34a · 优秀 / Excellent`. */
export const bandText = (b: LegendBand): string => `≥ ${b.from} · ${b.color} · ${nameText(b.label)}`;

/**
 * Band by band changes of an indicator's own legend (field `legend.band`; absent = no bands, so a new
 * override lists its bands as added and a reset to the inherited legend lists them as removed). Bands
 * are matched by their lower bound; bands left over on both sides are paired highest first, so moving
 * a band's lower bound reads as one changed band rather than a removal and an addition.
 */
function legendChanges(
  a: readonly LegendBand[] | undefined,
  b: readonly LegendBand[] | undefined,
  where: Pick<SchemeDiffEntry, 'dimensionId' | 'subIndicatorId'>,
): SchemeDiffEntry[] {
  const desc = (x: readonly LegendBand[] | undefined) => [...(x ?? [])].sort((p, q) => q.from - p.from);
  const before = desc(a);
  const after = desc(b);
  const matched = after.map((nb) => before.find((ob) => ob.from === nb.from));
  const leftBefore = before.filter((ob) => !matched.includes(ob));
  const pairs: Array<[LegendBand | undefined, LegendBand]> = after.map((nb, i) => [
    matched[i] ?? leftBefore.shift(),
    nb,
  ]);
  const out: SchemeDiffEntry[] = [];
  for (const [ob, nb] of pairs) {
    const text = bandText(nb);
    if (!ob) out.push({ kind: 'added', ...where, field: 'legend.band', before: null, after: text });
    else if (bandText(ob) !== text)
      out.push({ kind: 'changed', ...where, field: 'legend.band', before: bandText(ob), after: text });
  }
  for (const ob of leftBefore)
    out.push({ kind: 'removed', ...where, field: 'legend.band', before: bandText(ob), after: null });
  return out;
}

/** Items of `a` and `b` by id, in `b`'s order with removed ones where they were. */
function pair<T extends { id: string }>(a: readonly T[], b: readonly T[]): Array<[T | undefined, T | undefined]> {
  const inB = new Map(b.map((x) => [x.id, x]));
  const inA = new Map(a.map((x) => [x.id, x]));
  const out: Array<[T | undefined, T | undefined]> = b.map((x) => [inA.get(x.id), x]);
  a.forEach((x, i) => {
    if (!inB.has(x.id)) out.splice(Math.min(i, out.length), 0, [x, undefined]);
  });
  return out;
}

export function diffSchemes(a: Scheme, b: Scheme): SchemeDiffEntry[] {
  const changes: SchemeDiffEntry[] = [];
  for (const [da, db] of pair(a.dimensions, b.dimensions)) {
    const dimensionId = (db ?? da)!.id;
    if (!da || !db) {
      const d = (db ?? da)!;
      changes.push({
        kind: db ? 'added' : 'removed',
        dimensionId,
        subIndicatorId: null,
        field: null,
        before: da ? nameText(d.name) : null,
        after: db ? nameText(d.name) : null,
      });
      continue;
    }
    changes.push(...fieldChanges(DIMENSION_FIELDS, da, db, { dimensionId, subIndicatorId: null }));
    changes.push(...legendChanges(da.legend, db.legend, { dimensionId, subIndicatorId: null }));
    for (const [sa, sb] of pair(da.subIndicators, db.subIndicators)) {
      const subIndicatorId = (sb ?? sa)!.id;
      if (!sa || !sb) {
        const s = (sb ?? sa)!;
        const text = `${nameText(s.name)} · ${s.weight} · ${formatRule(s.rule)}`;
        changes.push({
          kind: sb ? 'added' : 'removed',
          dimensionId,
          subIndicatorId,
          field: null,
          before: sa ? text : null,
          after: sb ? text : null,
        });
        continue;
      }
      changes.push(...fieldChanges(SUB_FIELDS, sa, sb, { dimensionId, subIndicatorId }));
      changes.push(...legendChanges(sa.legend, sb.legend, { dimensionId, subIndicatorId }));
    }
  }
  changes.push(...fieldChanges(SCHEME_FIELDS, a, b, { dimensionId: null, subIndicatorId: null }));
  changes.push(...legendChanges(a.legend, b.legend, { dimensionId: null, subIndicatorId: null }));
  return changes;
}
