/**
 * How each measure of SPEC §4 is put in words, in Chinese and English: one period's value in full
 * ("到期更新窗口 105 个中按时更新 85 个（80.95%）"), the previous period's in short ("100 个中 98 个"),
 * and the heading and item of its worst records (from the evidence queries), where it has any.
 */
import { measureInfo, type ComputedMeasureId, type MeasureValue } from '../model/measure.js';
import { formatMeasureValue } from '../scoring/measure-format.js';
import { formatDecimal, formatScore, roundScore } from '../scoring/rounding.js';

export type TextLocale = 'zh-CN' | 'en';

/** A count: whole (`12345`), or with two decimals when it is an expectation (`0.50` incidents). */
export function formatCount(x: number): string {
  return formatDecimal(x, Number.isInteger(x) ? 0 : 2);
}

/** A ratio as the screens show it: 0.80952 → "80.95%" (shared's measure format). */
export function formatPercent(ratio: number): string {
  return formatMeasureValue(ratio, measureInfo('U1'));
}

/** Signed points as people read them: "+6.00", "−12.40", "0.00". */
export function formatPoints(points: number): string {
  const shown = roundScore(points);
  if (shown === 0) return '0.00';
  return shown > 0 ? `+${formatScore(shown)}` : `−${formatScore(-shown)}`;
}

export interface MeasureWording {
  /** One period's value, in full. */
  now: (v: MeasureValue) => string;
  /** The previous period's value, short (the sentence says which period). */
  before: (v: MeasureValue) => string;
  worst?: { title: string; item: (label: string, amount: number) => string };
}

type Parts = { k: string; n: string; pct: string; v: string; mean: string };

function parts(v: MeasureValue): Parts {
  const value = v.value ?? 0;
  return {
    k: formatCount(v.numerator ?? 0),
    n: formatCount(v.denominator ?? 0),
    pct: formatPercent(value),
    v: formatCount(value),
    mean: formatScore(value),
  };
}

function words(
  now: (p: Parts, v: MeasureValue) => string,
  before: (p: Parts, v: MeasureValue) => string,
  worst?: MeasureWording['worst'],
): MeasureWording {
  return { now: (v) => now(parts(v), v), before: (v) => before(parts(v), v), worst };
}

const zhRatioBefore = (unit: string) => (p: Parts) => `${p.n} ${unit}中 ${p.k} ${unit}（${p.pct}）`;
const enRatioBefore = (p: Parts) => `${p.k} of ${p.n} (${p.pct})`;
const ITEMS_ZH = { title: '未达全程网办的事项', item: (l: string, a: number) => `${l}（${a} 级）` };
const ITEMS_EN = { title: 'items not fully online', item: (l: string, a: number) => `${l} (level ${a})` };

export const MEASURE_WORDING: Readonly<Record<TextLocale, Readonly<Record<ComputedMeasureId, MeasureWording>>>> = {
  'zh-CN': {
    U1: words((p) => `到期更新窗口 ${p.n} 个中按时更新 ${p.k} 个（${p.pct}）`, zhRatioBefore('个'), {
      title: '漏更最多的资源',
      item: (l, a) => `${l}（漏 ${formatCount(a)} 个窗口）`,
    }),
    E1: words(
      (p) => `其他单位调用 ${p.v} 次`,
      (p) => `${p.v} 次`,
    ),
    E2: words((p) => `到期需求 ${p.n} 个中按时完成 ${p.k} 个（${p.pct}）`, zhRatioBefore('个'), {
      title: '逾期或未完成需求最多的需求方',
      item: (l, a) => `${l}（${formatCount(a)} 个）`,
    }),
    E3: words(
      (p) => `需求方满意度均分 ${p.mean}（${p.n} 条评价）`,
      (p) => `${p.mean}（${p.n} 条）`,
      {
        title: '低满意度（低于 3 分）最多的需求方',
        item: (l, a) => `${l}（${formatCount(a)} 条）`,
      },
    ),
    S1: words(
      (_, v) => (v.value === 1 ? '单位安全专员在任且持证有效' : '无在任且持证有效的单位安全专员'),
      (_, v) => (v.value === 1 ? '有有效专员' : '无有效专员'),
    ),
    S2: words((p) => `在用信息系统 ${p.n} 个中 ${p.k} 个配备有效安全专员（${p.pct}）`, zhRatioBefore('个'), {
      title: '无有效专员的系统',
      item: (l) => l,
    }),
    R1: words((p) => `收到评价 ${p.n} 条，其中好评 ${p.k} 条（${p.pct}）`, zhRatioBefore('条')),
    R2: words((p) => `差评 ${p.n} 条中 15 日内整改 ${p.k} 条（${p.pct}）`, zhRatioBefore('条')),
    R3: words(
      (p) => `办结 ${p.n} 件，收到评价 ${p.k} 条（参与率 ${p.pct}）`,
      (p) => `办结 ${p.n} 件、评价 ${p.k} 条（${p.pct}）`,
    ),
    D1: words(
      (p) => `在办事项 ${p.n} 个，平均网办深度 ${p.mean} 级`,
      (p) => `${p.n} 个，${p.mean} 级`,
      ITEMS_ZH,
    ),
    D2: words((p) => `在办事项 ${p.n} 个中全程网办 ${p.k} 个（${p.pct}）`, zhRatioBefore('个'), ITEMS_ZH),
    D3: words((p) => `申报 ${p.n} 件中网上申报 ${p.k} 件（${p.pct}）`, zhRatioBefore('件'), {
      title: '线下申报最多的事项',
      item: (l, a) => `${l}（${formatCount(a)} 件）`,
    }),
    P: words(
      (p) => `数据安全事件 ${p.v} 起`,
      (p) => `${p.v} 起`,
      { title: '本期事件', item: (l) => l },
    ),
  },
  en: {
    U1: words((p) => `${p.k} of ${p.n} due update windows met (${p.pct})`, enRatioBefore, {
      title: 'most missed resources',
      item: (l, a) => `${l} (${formatCount(a)} missed)`,
    }),
    E1: words(
      (p) => `${p.v} calls by other units`,
      (p) => p.v,
    ),
    E2: words((p) => `${p.k} of ${p.n} demands due fulfilled on time (${p.pct})`, enRatioBefore, {
      title: 'requesters with the most late or open demands',
      item: (l, a) => `${l} (${formatCount(a)})`,
    }),
    E3: words(
      (p) => `mean requester satisfaction ${p.mean} over ${p.n} ratings`,
      (p) => `${p.mean} over ${p.n}`,
      {
        title: 'requesters with the most scores below 3',
        item: (l, a) => `${l} (${formatCount(a)})`,
      },
    ),
    S1: words(
      (_, v) =>
        v.value === 1
          ? 'a unit security officer in post and certified'
          : 'no unit security officer in post and certified',
      (_, v) => (v.value === 1 ? 'had one' : 'had none'),
    ),
    S2: words((p) => `${p.k} of ${p.n} active systems have a certified officer (${p.pct})`, enRatioBefore, {
      title: 'systems without a certified officer',
      item: (l) => l,
    }),
    R1: words((p) => `${p.k} of ${p.n} ratings positive (${p.pct})`, enRatioBefore),
    R2: words((p) => `${p.k} of ${p.n} bad ratings rectified within 15 days (${p.pct})`, enRatioBefore),
    R3: words(
      (p) => `${p.k} ratings for ${p.n} completed cases (participation ${p.pct})`,
      (p) => `${p.k} for ${p.n} (${p.pct})`,
    ),
    D1: words(
      (p) => `mean depth level ${p.mean} over ${p.n} active items`,
      (p) => `${p.mean} over ${p.n}`,
      ITEMS_EN,
    ),
    D2: words((p) => `${p.k} of ${p.n} active items fully online (${p.pct})`, enRatioBefore, ITEMS_EN),
    D3: words((p) => `${p.k} of ${p.n} cases submitted online (${p.pct})`, enRatioBefore, {
      title: 'items with the most offline cases',
      item: (l, a) => `${l} (${formatCount(a)})`,
    }),
    P: words(
      (p) => `${p.v} security incidents`,
      (p) => p.v,
      { title: 'incidents', item: (l) => l },
    ),
  },
};

/** A manual measure: only its value is known. */
export const MANUAL_WORDING: Readonly<Record<TextLocale, MeasureWording>> = {
  'zh-CN': words(
    (p) => `录入值 ${p.v}`,
    (p) => p.v,
  ),
  en: words(
    (p) => `value ${p.v}`,
    (p) => p.v,
  ),
};

export function wordingOf(measureId: string, locale: TextLocale): MeasureWording {
  return (MEASURE_WORDING[locale] as Readonly<Record<string, MeasureWording>>)[measureId] ?? MANUAL_WORDING[locale];
}
