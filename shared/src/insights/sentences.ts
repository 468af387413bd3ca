/**
 * The sentences of a score change, generated from the data in Chinese or English: one per part of
 * the attribution (attribution.ts). Every number in them is a measure value, a count or the part's
 * points as shown (two decimals); names of records (resources, units, items) are the data's own.
 */
import { measureInfo, type MeasureValue } from '../model/measure.js';
import type { ChangePartKind } from './attribution.js';
import type { LocalizedName } from '../model/scheme.js';
import { formatMeasureValue } from '../scoring/measure-format.js';
import { formatScore } from '../scoring/rounding.js';
import { formatCount, formatPoints, type TextLocale, wordingOf } from './wording.js';

const name = (n: LocalizedName, locale: TextLocale): string => (locale === 'en' ? n.en : n.zh);

/** A record that counted against the unit, grouped (a resource and its missed windows…). */
export interface WorstRecord {
  label: string;
  /** How many records of the group counted against the unit (for items: the depth level). */
  amount: number;
}

export interface SubIndicatorChange {
  id: string;
  name: LocalizedName;
  measureId: string;
  before: MeasureValue;
  now: MeasureValue;
  /** The part's points as shown (rounded to two decimals so the parts add up to the shown change). */
  points: number;
  worst: readonly WorstRecord[];
}

export interface PenaltyChange {
  points: number;
  incidents: { before: number; now: number };
  /** Points actually taken off (the penalty unless the composite was clamped at 0). */
  taken: { before: number; now: number };
  worst: readonly WorstRecord[];
}

export interface ReweightItem {
  level: 'dimension' | 'subIndicator';
  id: string;
  name: LocalizedName;
  applicableNow: boolean;
  /** subIndicator: its measure and values (the one that applies); dimension: its score now. */
  measureId?: string;
  value?: MeasureValue;
  score?: number | null;
}

export interface ReweightChange {
  points: number;
  items: readonly ReweightItem[];
}

export interface SchemeChange {
  points: number;
  fromVersion: number;
  toVersion: number;
  /** The previous composite as shown, and under the current scheme. */
  from: number;
  rescored: number;
}

/** Names of the parts that are not sub-indicators (the waterfall's axis and the sentences). */
export const PART_NAMES: Readonly<Record<'penalty' | 'reweight' | 'scheme', LocalizedName>> = {
  penalty: { zh: '数据安全事件扣分', en: 'Security-incident penalty' },
  reweight: { zh: '权重重新分配', en: 'N/A re-weighting' },
  scheme: { zh: '指标体系调整', en: 'Scheme change' },
};

/** A part's short label: "U1 按时更新率", "P 数据安全事件扣分", "权重重新分配". */
export function partLabel(
  part: { id: string; kind: ChangePartKind },
  subName: LocalizedName | null,
  locale: TextLocale,
): string {
  if (part.kind === 'subIndicator') return subName ? `${part.id} ${name(subName, locale)}` : part.id;
  if (part.kind === 'penalty') return `${part.id} ${name(PART_NAMES.penalty, locale)}`;
  return name(PART_NAMES[part.kind], locale);
}

const SEP = { 'zh-CN': { list: '、', clause: '；' }, en: { list: ', ', clause: '; ' } } as const;

/** A space between 上期 and a number ("上期 98 个"), none before words ("上期有有效专员"). */
const zhGap = (text: string): string => (/^[0-9−]/.test(text) ? ` ${text}` : text);

function worstClause(measureId: string, worst: readonly WorstRecord[], locale: TextLocale): string {
  const w = wordingOf(measureId, locale).worst;
  if (!w || worst.length === 0) return '';
  const items = worst.map((r) => w.item(r.label, r.amount)).join(SEP[locale].list);
  return locale === 'en' ? `; ${w.title}: ${items}` : `；${w.title}：${items}`;
}

/** "U1 按时更新率 −12.40 分：本期到期更新窗口 105 个中按时更新 85 个（80.95%），上期 100 个中 98 个（98.00%）；漏更最多的资源：…" */
export function describeSubIndicatorChange(c: SubIndicatorChange, locale: TextLocale): string {
  const w = wordingOf(c.measureId, locale);
  const head = `${c.id} ${name(c.name, locale)} ${formatPoints(c.points)}`;
  const body =
    locale === 'en'
      ? `${head} pts: ${w.now(c.now)}; last period ${w.before(c.before)}`
      : `${head} 分：本期${w.now(c.now)}，上期${zhGap(w.before(c.before))}`;
  return body + worstClause(c.measureId, c.worst, locale);
}

export function describePenaltyChange(c: PenaltyChange, locale: TextLocale): string {
  const pts = formatPoints(c.points);
  const [n0, n1] = [formatCount(c.incidents.before), formatCount(c.incidents.now)];
  const [t0, t1] = [formatScore(c.taken.before), formatScore(c.taken.now)];
  const label = partLabel({ id: 'P', kind: 'penalty' }, null, locale);
  const body =
    locale === 'en'
      ? `${label} ${pts} pts: ${n1} incidents this period, ${t1} points off; last period ${n0}, ${t0} off`
      : `${label} ${pts} 分：本期事件 ${n1} 起，扣 ${t1} 分；上期 ${n0} 起，扣 ${t0} 分`;
  return body + worstClause('P', c.worst, locale);
}

function reweightItem(item: ReweightItem, locale: TextLocale): string {
  const label = `${item.id} ${name(item.name, locale)}`;
  const en = locale === 'en';
  if (item.level === 'dimension') {
    if (item.applicableNow)
      return en
        ? `dimension ${label} counts this period (score ${formatScore(item.score)})`
        : `维度 ${label}本期起计分（得 ${formatScore(item.score)} 分）`;
    return en
      ? `dimension ${label} is N/A this period, its weight goes to the other dimensions`
      : `维度 ${label}本期不适用，其权重由其他维度分担`;
  }
  const w = wordingOf(item.measureId ?? item.id, locale);
  const value = item.value ? (item.applicableNow ? w.now(item.value) : w.before(item.value)) : '';
  if (item.applicableNow)
    return en
      ? `${label} counts this period (${value}, score ${formatScore(item.score)})`
      : `${label}本期起计分（${value}，得 ${formatScore(item.score)} 分）`;
  return en
    ? `${label} is N/A this period (last period ${value}), its weight goes to the other sub-indicators of its dimension`
    : `${label}本期不适用（上期${zhGap(value)}），其权重由同一维度的其他二级指标分担`;
}

export function describeReweightChange(c: ReweightChange, locale: TextLocale): string {
  const pts = formatPoints(c.points);
  const items = c.items.length > 0 ? c.items.map((i) => reweightItem(i, locale)).join(SEP[locale].clause) : null;
  const label = name(PART_NAMES.reweight, locale);
  return locale === 'en'
    ? `${label} ${pts} pts: ${items ?? 'the weights that count changed'}`
    : `${label} ${pts} 分：${items ?? '计分的权重发生变化'}`;
}

export function describeSchemeChange(c: SchemeChange, locale: TextLocale): string {
  const pts = formatPoints(c.points);
  const label = name(PART_NAMES.scheme, locale);
  return locale === 'en'
    ? `${label} ${pts} pts: last period scored ${formatScore(c.from)} under its scheme (version ${c.fromVersion}) and ${formatScore(c.rescored)} under this period's (version ${c.toVersion})`
    : `${label} ${pts} 分：上期按其指标体系（第 ${c.fromVersion} 版）为 ${formatScore(c.from)} 分，按本期指标体系（第 ${c.toVersion} 版）计为 ${formatScore(c.rescored)} 分`;
}

/** A measure value as the screens show it (shared's measure format), a 0/1 as a word. */
export function describeMeasureValue(measureId: string, value: number | null, locale: TextLocale): string {
  if (value === null) return locale === 'en' ? 'N/A' : '不适用';
  const info = measureInfo(measureId);
  if (info.kind === 'binary') return value >= 0.5 ? (locale === 'en' ? 'yes' : '有') : locale === 'en' ? 'no' : '无';
  return formatMeasureValue(value, info);
}

export interface ForecastDriver {
  id: string;
  name: LocalizedName;
  measureId: string;
  points: number;
  last: number | null;
  expected: number | null;
}

/** "U1 按时更新率 −3.20 分：预计 72.00%，上月 81.00%"; the penalty says how the expectation is made. */
export function describeForecastDriver(d: ForecastDriver, locale: TextLocale, penaltyWindow: number): string {
  const pts = formatPoints(d.points);
  const label = `${d.id} ${name(d.name, locale)}`;
  if (d.id === 'P') {
    const expected = d.expected === null ? '0' : formatCount(d.expected);
    const last = d.last === null ? '0' : formatCount(d.last);
    return locale === 'en'
      ? `${label} ${pts} pts: expected ${expected} incidents (mean of the last ${penaltyWindow} months), last month ${last}`
      : `${label} ${pts} 分：预计事件 ${expected} 起（近 ${penaltyWindow} 个月平均），上月 ${last} 起`;
  }
  const expected = describeMeasureValue(d.measureId, d.expected, locale);
  const last = describeMeasureValue(d.measureId, d.last, locale);
  return locale === 'en'
    ? `${label} ${pts} pts: expected ${expected}, last month ${last}`
    : `${label} ${pts} 分：预计${zhGap(expected)}，上月${zhGap(last)}`;
}
