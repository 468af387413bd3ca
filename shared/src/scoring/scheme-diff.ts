/**
 * What changed between two scheme versions, for the side-by-side diff and the audit trail: items are
 * matched by id (not position), so a moved or renamed-in-place sub-indicator reads as what it is.
 * Values are display text (`band(0.6, 0.95)`, `25`), the same on the server and in the browser.
 */
import type { DimensionDef, LocalizedName, Scheme, SubIndicatorDef } from '../model/scheme.js';
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
    }
  }
  changes.push(...fieldChanges(SCHEME_FIELDS, a, b, { dimensionId: null, subIndicatorId: null }));
  return changes;
}
