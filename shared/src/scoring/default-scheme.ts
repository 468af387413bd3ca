/**
 * The default indicator system of SPEC §3 as data. Assessors edit copies of it; the constant itself
 * is deeply frozen so an editor that forgets to copy fails loudly instead of changing every later
 * computation in the same process. Use `defaultScheme()` for an editable copy.
 */
import type { DimensionDef, LocalizedName, Scheme, ScoringRule, SubIndicatorDef } from '../model/scheme.js';

function sub(id: string, weight: number, rule: ScoringRule, zh: string, en: string): SubIndicatorDef {
  return { id, name: { zh, en }, weight, measureId: id, source: 'computed', rule, enabled: true };
}

function dim(id: string, weight: number, name: LocalizedName, subIndicators: SubIndicatorDef[]): DimensionDef {
  return { id, name, weight, enabled: true, subIndicators };
}

const band = (floor: number, target: number): ScoringRule => ({ kind: 'band', floor, target });
const scale = (lo: number, hi: number): ScoringRule => ({ kind: 'scale', lo, hi });

function buildDefaultScheme(): Scheme {
  return {
    id: 'default',
    version: 1,
    name: '默认指标体系',
    dimensions: [
      dim('U', 25, { zh: '共享数据更新率', en: 'Data-sharing update rate' }, [
        sub('U1', 100, band(0.6, 0.95), '按时更新率', 'On-time update rate'),
      ]),
      dim('E', 25, { zh: '数据应用效果', en: 'Data usage effect' }, [
        sub('E1', 40, { kind: 'logTarget', targetPerMonth: 10000 }, '跨部门调用量', 'Cross-unit calls'),
        sub('E2', 40, band(0.6, 0.95), '需求按时响应率', 'Demands fulfilled on time'),
        sub('E3', 20, scale(1, 5), '需求方满意度', 'Requester satisfaction'),
      ]),
      dim('S', 15, { zh: '安全管理专员', en: 'Security officer coverage' }, [
        sub('S1', 40, { kind: 'binary' }, '单位安全专员', 'Unit security officer'),
        sub('S2', 60, band(0.5, 1.0), '系统安全专员覆盖率', 'Systems with a certified officer'),
      ]),
      dim('R', 20, { zh: '政务服务好差评', en: 'Service rating' }, [
        sub('R1', 50, band(0.9, 0.99), '好评率', 'Positive rating rate'),
        sub('R2', 30, band(0.6, 1.0), '差评15日整改率', 'Bad ratings rectified within 15 days'),
        sub('R3', 20, band(0.3, 0.8), '评价参与率', 'Rating participation'),
      ]),
      dim('D', 15, { zh: '事项网办深度', en: 'Online-handling depth' }, [
        sub('D1', 40, scale(1, 4), '平均网办深度', 'Mean online depth'),
        sub('D2', 30, band(0.3, 0.9), '全程网办占比', 'Share fully online'),
        sub('D3', 30, band(0.3, 0.9), '网上申报占比', 'Share of cases submitted online'),
      ]),
    ],
    penalty: { measureId: 'P', pointsPerIncident: 5, maxPoints: 20 },
    remediationThreshold: 60,
  };
}

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null) {
    for (const v of Object.values(value)) deepFreeze(v);
    Object.freeze(value);
  }
  return value;
}

export const DEFAULT_SCHEME: Scheme = deepFreeze(buildDefaultScheme());

/** A fresh, mutable copy of the default scheme (for seeding and for editors). */
export function defaultScheme(): Scheme {
  return buildDefaultScheme();
}
