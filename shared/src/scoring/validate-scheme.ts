/**
 * Checks a scheme before it is saved or published (the scheme editor shows these issues next to the
 * offending field). Issues are data with stable codes the client translates; `path` points into the
 * scheme (`dimensions.1.subIndicators.0.rule`). Errors block saving; warnings only inform.
 */
import { COMPUTED_MEASURE_IDS } from '../model/measure.js';
import type { LegendBand, Scheme, ScoringRule } from '../model/scheme.js';
import { legendIssues } from './legend.js';

export const SCHEME_ISSUE_CODES = [
  'scheme/invalid-json',
  'scheme/invalid-field',
  'scheme/empty-id',
  'scheme/invalid-id',
  'scheme/duplicate-id',
  'scheme/missing-name',
  'scheme/invalid-weight',
  'scheme/no-weighted-dimension',
  'scheme/dimension-without-sub-indicators',
  'scheme/invalid-band',
  'scheme/invalid-scale',
  'scheme/invalid-log-target',
  'scheme/unknown-rule',
  'scheme/missing-measure',
  'scheme/unknown-computed-measure',
  'scheme/manual-measure-conflict',
  'scheme/invalid-penalty',
  'scheme/invalid-threshold',
  'scheme/invalid-legend',
] as const;
export type SchemeIssueCode = (typeof SCHEME_ISSUE_CODES)[number];

export interface SchemeIssue {
  code: SchemeIssueCode;
  severity: 'error' | 'warning';
  /** Dotted path into the scheme, e.g. `dimensions.1.subIndicators.0.rule`. */
  path: string;
  /** English detail for logs; the UI translates `code`. */
  message: string;
}

const COMPUTED = new Set<string>(COMPUTED_MEASURE_IDS);
/** Ids end up in URLs, file columns (manual_values.indicator_id) and remediation keys. */
const ID = /^[A-Za-z0-9_.-]{1,32}$/;
const finite = (x: unknown): x is number => typeof x === 'number' && Number.isFinite(x);

function ruleIssues(rule: ScoringRule, path: string): SchemeIssue[] {
  const err = (code: SchemeIssueCode, message: string): SchemeIssue[] => [
    { code, severity: 'error', path, message },
  ];
  switch (rule.kind) {
    case 'band':
      return finite(rule.floor) && finite(rule.target) && rule.floor < rule.target
        ? []
        : err('scheme/invalid-band', 'band needs finite floor < target');
    case 'scale':
      return finite(rule.lo) && finite(rule.hi) && rule.lo < rule.hi
        ? []
        : err('scheme/invalid-scale', 'scale needs finite lo < hi');
    case 'logTarget':
      return finite(rule.targetPerMonth) && rule.targetPerMonth > 0
        ? []
        : err('scheme/invalid-log-target', 'logTarget needs a target per month > 0');
    case 'binary':
    case 'minmax':
      return [];
    default:
      // Schemes arrive as JSON from the editor and the database, so the union is not a guarantee.
      return err('scheme/unknown-rule', `unknown rule kind ${JSON.stringify((rule as { kind: unknown }).kind)}`);
  }
}

export function validateScheme(scheme: Scheme): SchemeIssue[] {
  const issues: SchemeIssue[] = [];
  const add = (code: SchemeIssueCode, path: string, message: string, severity: 'error' | 'warning' = 'error') =>
    issues.push({ code, severity, path, message });

  // Weights are > 0 everywhere: leaving an indicator out is what `enabled: false` is for, so a zero
  // weight can only be a slip (the engine would silently drop the indicator from every mean).
  const checkWeight = (w: number, path: string) => {
    if (!finite(w) || w <= 0) add('scheme/invalid-weight', path, `weight must be a number > 0, got ${w}`);
  };
  const checkId = (id: string | undefined, path: string, what: string, seen: Set<string>) => {
    if (!id?.trim()) add('scheme/empty-id', path, `${what} id is empty`);
    else if (!ID.test(id)) add('scheme/invalid-id', path, `${what} id ${JSON.stringify(id)} must be 1–32 of A–Z, a–z, 0–9, _ . -`);
    else if (seen.has(id)) add('scheme/duplicate-id', path, `${what} id ${id} is used twice`);
    seen.add(id ?? '');
  };
  const checkName = (name: { zh: string; en: string } | undefined, path: string) => {
    if (!name || !name.zh?.trim() || !name.en?.trim()) {
      add('scheme/missing-name', path, 'both the Chinese and the English name are needed', 'warning');
    }
  };

  const checkLegend = (legend: LegendBand[] | undefined, path: string) => {
    if (legend === undefined) return;
    for (const i of legendIssues(legend)) {
      add('scheme/invalid-legend', path ? `${path}.${i.path}` : i.path, i.message, i.severity);
    }
  };
  checkLegend(scheme.legend, '');

  // Sub-indicator ids are unique across the whole scheme: remediation items and manual values are
  // keyed by (unit, sub-indicator id) without the dimension.
  const dimensionIds = new Set<string>();
  const subIds = new Set<string>();
  let weighted = 0;

  scheme.dimensions.forEach((d, k) => {
    const dp = `dimensions.${k}`;
    checkId(d.id, `${dp}.id`, 'dimension', dimensionIds);
    checkName(d.name, `${dp}.name`);
    checkWeight(d.weight, `${dp}.weight`);
    checkLegend(d.legend, dp);

    let enabledSubs = 0;
    d.subIndicators.forEach((s, i) => {
      const sp = `${dp}.subIndicators.${i}`;
      checkId(s.id, `${sp}.id`, 'sub-indicator', subIds);
      checkName(s.name, `${sp}.name`);
      checkWeight(s.weight, `${sp}.weight`);
      issues.push(...ruleIssues(s.rule, `${sp}.rule`));
      checkLegend(s.legend, sp);
      if (!s.measureId?.trim()) add('scheme/missing-measure', `${sp}.measureId`, 'measure id is empty');
      else if (s.source === 'computed' && !COMPUTED.has(s.measureId)) {
        add('scheme/unknown-computed-measure', `${sp}.measureId`, `${s.measureId} is not a computed measure`);
      } else if (s.source === 'manual' && COMPUTED.has(s.measureId)) {
        add('scheme/manual-measure-conflict', `${sp}.measureId`, `${s.measureId} is a computed measure id`);
      } else if (s.source === 'manual' && !ID.test(s.measureId)) {
        add('scheme/invalid-id', `${sp}.measureId`, `manual measure id ${JSON.stringify(s.measureId)} must be 1–32 of A–Z, a–z, 0–9, _ . -`);
      }
      if (s.enabled && finite(s.weight) && s.weight > 0) enabledSubs++;
    });

    if (d.enabled && enabledSubs === 0) {
      add('scheme/dimension-without-sub-indicators', dp, `dimension ${d.id} is enabled but has no enabled sub-indicator: it would always be N/A`);
    }
    if (d.enabled && finite(d.weight) && d.weight > 0 && enabledSubs > 0) weighted++;
  });

  if (weighted === 0) {
    add('scheme/no-weighted-dimension', 'dimensions', 'at least one enabled dimension needs a weight > 0 and an enabled sub-indicator');
  }

  const p = scheme.penalty;
  if (!p || !p.measureId?.trim() || !finite(p.pointsPerIncident) || p.pointsPerIncident < 0 || !finite(p.maxPoints) || p.maxPoints < 0) {
    add('scheme/invalid-penalty', 'penalty', 'penalty needs a measure and points ≥ 0');
  }
  if (!finite(scheme.remediationThreshold) || scheme.remediationThreshold < 0 || scheme.remediationThreshold > 100) {
    add('scheme/invalid-threshold', 'remediationThreshold', 'threshold must be between 0 and 100');
  }
  return issues;
}

export function hasSchemeErrors(issues: readonly SchemeIssue[]): boolean {
  return issues.some((i) => i.severity === 'error');
}
