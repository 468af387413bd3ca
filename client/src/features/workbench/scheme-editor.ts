/**
 * Pure helpers of the scheme editor: rule switches with sensible parameters, a new manual
 * sub-indicator, and the validation issues of a field (weights as points: lib/scheme-points.ts). The
 * rules themselves (validation, scoring) are shared's; nothing here decides a score.
 */
import {
  COMPUTED_MEASURE_IDS,
  validateScheme,
  type Scheme,
  type SchemeIssue,
  type ScoringRule,
  type ScoringRuleKind,
  type SubIndicatorDef,
} from '@scorecard/shared';

/** The typical value range of a measure: rule parameters and curves are drawn over it. */
export function measureRange(measureId: string): [number, number] {
  switch (measureId) {
    case 'E1':
      return [0, 20000];
    case 'E3':
      return [1, 5];
    case 'D1':
      return [1, 4];
    case 'P':
      return [0, 10];
    default:
      return (COMPUTED_MEASURE_IDS as readonly string[]).includes(measureId) ? [0, 1] : [0, 100];
  }
}

/** The rule a switch to `kind` starts from: the current parameters where they exist, else ones inside the measure's range. */
export function switchRule(current: ScoringRule, kind: ScoringRuleKind, measureId: string): ScoringRule {
  if (current.kind === kind) return current;
  const [lo, hi] = measureRange(measureId);
  const from =
    current.kind === 'band'
      ? [current.floor, current.target]
      : current.kind === 'scale'
        ? [current.lo, current.hi]
        : null;
  const [a, b] = from ?? [lo + 0.6 * (hi - lo), lo + 0.95 * (hi - lo)];
  switch (kind) {
    case 'band':
      return { kind, floor: a!, target: b! };
    case 'scale':
      return { kind, lo: a!, hi: b! };
    case 'logTarget':
      return { kind, targetPerMonth: measureId === 'E1' ? 10000 : hi };
    case 'binary':
      return { kind };
    case 'minmax':
      return { kind };
  }
}

/** The numeric parameters of a rule, in the order the editor shows them. */
export function ruleParams(rule: ScoringRule): Array<{ key: string; value: number }> {
  switch (rule.kind) {
    case 'band':
      return [
        { key: 'floor', value: rule.floor },
        { key: 'target', value: rule.target },
      ];
    case 'scale':
      return [
        { key: 'lo', value: rule.lo },
        { key: 'hi', value: rule.hi },
      ];
    case 'logTarget':
      return [{ key: 'targetPerMonth', value: rule.targetPerMonth }];
    default:
      return [];
  }
}

/** A manual sub-indicator (values imported from manual_values files or typed into the grid). */
export function manualSubIndicator(id: string, zh: string, en: string, weight: number): SubIndicatorDef {
  return {
    id,
    name: { zh, en },
    weight,
    measureId: id,
    source: 'manual',
    rule: { kind: 'scale', lo: 0, hi: 100 },
    enabled: true,
  };
}

/** Ids used anywhere in the scheme (a new sub-indicator must not reuse one). */
export function usedIds(scheme: Scheme): Set<string> {
  const ids = new Set<string>();
  for (const d of scheme.dimensions) {
    ids.add(d.id);
    for (const s of d.subIndicators) ids.add(s.id).add(s.measureId);
  }
  return ids;
}

/** Issues grouped by path; a field shows its own and, for a row, those of its children via `issuesUnder`. */
export function issuesByPath(scheme: Scheme): Map<string, SchemeIssue[]> {
  const map = new Map<string, SchemeIssue[]>();
  for (const issue of validateScheme(scheme)) {
    const list = map.get(issue.path) ?? [];
    list.push(issue);
    map.set(issue.path, list);
  }
  return map;
}

export function issuesUnder(map: ReadonlyMap<string, SchemeIssue[]>, prefix: string): SchemeIssue[] {
  const out: SchemeIssue[] = [];
  for (const [path, list] of map) if (path === prefix || path.startsWith(`${prefix}.`)) out.push(...list);
  return out;
}

/** The text stored for a scheme (key order as the engine builds it): dirty = differs from the saved text. */
export function schemeText(scheme: Scheme): string {
  return JSON.stringify(scheme);
}
