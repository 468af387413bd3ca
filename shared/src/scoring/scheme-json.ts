/**
 * Reads a scheme from JSON (the editor's save, the database, an API caller) into the `Scheme` type,
 * checking the shape field by field first: JSON is not a guarantee of the union types, and a wrong type
 * deep in the tree must be reported at its path, not as a NaN score later. The result holds only the
 * known fields (unknown keys are dropped), so what is stored is canonical. Semantic checks (floor <
 * target, unique ids…) are validateScheme's; `parseScheme` runs both.
 */
import type {
  DimensionDef,
  LegendBand,
  LocalizedName,
  PenaltyRule,
  Scheme,
  ScoringRule,
  SubIndicatorDef,
} from '../model/scheme.js';
import { type SchemeIssue, validateScheme } from './validate-scheme.js';

type Obj = Record<string, unknown>;

const RULE_PARAMS: Record<ScoringRule['kind'], readonly string[]> = {
  band: ['floor', 'target'],
  logTarget: ['targetPerMonth'],
  scale: ['lo', 'hi'],
  binary: [],
  minmax: [],
};

class ShapeReader {
  readonly issues: SchemeIssue[] = [];

  private bad(path: string, message: string): void {
    this.issues.push({ code: 'scheme/invalid-field', severity: 'error', path, message });
  }

  object(v: unknown, path: string): Obj | null {
    if (v && typeof v === 'object' && !Array.isArray(v)) return v as Obj;
    this.bad(path, 'must be an object');
    return null;
  }

  array(v: unknown, path: string): unknown[] {
    if (Array.isArray(v)) return v;
    this.bad(path, 'must be a list');
    return [];
  }

  string(o: Obj, key: string, path: string): string {
    const v = o[key];
    if (typeof v === 'string') return v;
    this.bad(`${path}.${key}`, 'must be text');
    return '';
  }

  number(o: Obj, key: string, path: string): number {
    const v = o[key];
    if (typeof v === 'number' && Number.isFinite(v)) return v;
    this.bad(`${path}.${key}`, 'must be a finite number');
    return Number.NaN;
  }

  boolean(o: Obj, key: string, path: string): boolean {
    const v = o[key];
    if (typeof v === 'boolean') return v;
    this.bad(`${path}.${key}`, 'must be true or false');
    return false;
  }

  name(o: Obj, path: string): LocalizedName {
    const n = this.object(o.name, `${path}.name`);
    return n
      ? { zh: this.string(n, 'zh', `${path}.name`), en: this.string(n, 'en', `${path}.name`) }
      : { zh: '', en: '' };
  }

  rule(v: unknown, path: string): ScoringRule {
    const o = this.object(v, path);
    const kind = o?.kind;
    if (!o || typeof kind !== 'string' || !(kind in RULE_PARAMS)) {
      if (o)
        this.issues.push({
          code: 'scheme/unknown-rule',
          severity: 'error',
          path,
          message: `unknown rule kind ${JSON.stringify(kind)}`,
        });
      return { kind: 'binary' };
    }
    const rule: Obj = { kind };
    for (const param of RULE_PARAMS[kind as ScoringRule['kind']]) rule[param] = this.number(o, param, path);
    return rule as unknown as ScoringRule;
  }

  /** An optional legend: absent stays absent (the grade bands); a present one is read band by band. */
  legend(o: Obj, path: string): { legend?: LegendBand[] } {
    if (o.legend === undefined || o.legend === null) return {};
    // The scheme's own legend is read with path '': readSchemeShape drops the leading dot of root paths.
    const lp = `${path}.legend`;
    const bands = this.array(o.legend, lp).flatMap((v, i) => {
      const bp = `${lp}.${i}`;
      const b = this.object(v, bp);
      return b ? [{ from: this.number(b, 'from', bp), color: this.string(b, 'color', bp), label: this.label(b, bp) }] : [];
    });
    return { legend: bands };
  }

  private label(o: Obj, path: string): LocalizedName {
    const n = this.object(o.label, `${path}.label`);
    return n ? { zh: this.string(n, 'zh', `${path}.label`), en: this.string(n, 'en', `${path}.label`) } : { zh: '', en: '' };
  }

  subIndicator(v: unknown, path: string): SubIndicatorDef | null {
    const o = this.object(v, path);
    if (!o) return null;
    const source = o.source;
    if (source !== 'computed' && source !== 'manual') this.bad(`${path}.source`, 'must be "computed" or "manual"');
    return {
      id: this.string(o, 'id', path),
      name: this.name(o, path),
      weight: this.number(o, 'weight', path),
      measureId: this.string(o, 'measureId', path),
      source: source === 'manual' ? 'manual' : 'computed',
      rule: this.rule(o.rule, `${path}.rule`),
      enabled: this.boolean(o, 'enabled', path),
      ...this.legend(o, path),
    };
  }

  dimension(v: unknown, path: string): DimensionDef | null {
    const o = this.object(v, path);
    if (!o) return null;
    const subs = this.array(o.subIndicators, `${path}.subIndicators`).map((s, i) =>
      this.subIndicator(s, `${path}.subIndicators.${i}`),
    );
    return {
      id: this.string(o, 'id', path),
      name: this.name(o, path),
      weight: this.number(o, 'weight', path),
      enabled: this.boolean(o, 'enabled', path),
      subIndicators: subs.filter((s): s is SubIndicatorDef => s !== null),
      ...this.legend(o, path),
    };
  }

  penalty(v: unknown): PenaltyRule {
    const o = this.object(v, 'penalty');
    if (!o) return { measureId: '', pointsPerIncident: Number.NaN, maxPoints: Number.NaN };
    return {
      measureId: this.string(o, 'measureId', 'penalty'),
      pointsPerIncident: this.number(o, 'pointsPerIncident', 'penalty'),
      maxPoints: this.number(o, 'maxPoints', 'penalty'),
    };
  }
}

export interface ParsedScheme {
  /** Null when the shape is wrong (then `issues` says where). */
  scheme: Scheme | null;
  issues: SchemeIssue[];
}

/** The shape check alone: a canonical Scheme, or null with the issues of every wrong field. */
export function readSchemeShape(value: unknown): ParsedScheme {
  const r = new ShapeReader();
  const root = r.object(value, '');
  if (!root) return { scheme: null, issues: r.issues };
  const version = root.version;
  const scheme: Scheme = {
    id: typeof root.id === 'string' ? root.id : 'default',
    version: typeof version === 'number' && Number.isInteger(version) ? version : 0,
    name: typeof root.name === 'string' ? root.name : '',
    dimensions: r
      .array(root.dimensions, 'dimensions')
      .map((d, k) => r.dimension(d, `dimensions.${k}`))
      .filter((d): d is DimensionDef => d !== null),
    penalty: r.penalty(root.penalty),
    remediationThreshold: r.number(root, 'remediationThreshold', ''),
    ...r.legend(root, ''),
  };
  // Paths of root fields are written without a leading dot.
  const issues = r.issues.map((i) => ({ ...i, path: i.path.replace(/^\./, '') }));
  return { scheme: issues.length === 0 ? scheme : null, issues };
}

/**
 * JSON text → a checked scheme: the shape first, then validateScheme. `scheme` is null when either
 * finds an error; warnings alone keep it.
 */
export function parseScheme(json: string): ParsedScheme {
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    return {
      scheme: null,
      issues: [{ code: 'scheme/invalid-json', severity: 'error', path: '', message: `not JSON: ${message}` }],
    };
  }
  const shape = readSchemeShape(value);
  if (!shape.scheme) return shape;
  const issues = validateScheme(shape.scheme);
  return { scheme: issues.some((i) => i.severity === 'error') ? null : shape.scheme, issues };
}
