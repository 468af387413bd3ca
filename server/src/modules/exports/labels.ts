import type { Grade, RankingScope, UnitKind } from '@scorecard/shared';

/** Languages of exported headers: Chinese by default, English on request (`lang=en`). */
export type Lang = 'zh' | 'en';

export function langOf(raw: string | null): Lang {
  return raw === 'en' ? 'en' : 'zh';
}

const L = {
  zh: {
    ranking: '排名', rank: '排名', unitCode: '单位编码', unitName: '单位名称', kind: '单位类型', composite: '综合得分',
    grade: '等级', penalty: '扣分', incidents: '安全事件', rankChange: '名次变化', previousRank: '上期排名',
    period: '考评周期', scope: '范围', scheme: '指标方案', status: '状态',
    published: (at: string) => `已发布（${at}）`, preliminary: '初步结果（未发布）', asOf: (d: string) => `截至 ${d} · 初步`,
    score: '得分', value: '原始值', pointsLost: '失分',
    recordId: '记录编号', recordKind: '记录类型', date: '日期', countedAgainst: '计为失分', reason: '原因', yes: '是', no: '否',
    at: '时间', actor: '操作人账号', actorName: '操作人', action: '操作', entityType: '对象类型', entityId: '对象编号', entityName: '对象名称', before: '修改前', after: '修改后', ip: 'IP', requestId: '请求编号',
    auditLog: '审计日志', evidence: '失分明细', unit: '单位', indicator: '指标',
  },
  en: {
    ranking: 'Ranking', rank: 'Rank', unitCode: 'Unit code', unitName: 'Unit', kind: 'Kind', composite: 'Composite',
    grade: 'Grade', penalty: 'Penalty', incidents: 'Incidents', rankChange: 'Rank change', previousRank: 'Previous rank',
    period: 'Period', scope: 'Scope', scheme: 'Scheme', status: 'Status',
    published: (at: string) => `Published (${at})`, preliminary: 'Preliminary (not published)', asOf: (d: string) => `Through ${d} · preliminary`,
    score: 'score', value: 'value', pointsLost: 'points lost',
    recordId: 'Record', recordKind: 'Record kind', date: 'Date', countedAgainst: 'Counted against', reason: 'Reason', yes: 'yes', no: 'no',
    at: 'At', actor: 'Actor (username)', actorName: 'Actor', action: 'Action', entityType: 'Entity type', entityId: 'Entity id', entityName: 'Entity name', before: 'Before', after: 'After', ip: 'IP', requestId: 'Request id',
    auditLog: 'Audit log', evidence: 'Evidence', unit: 'Unit', indicator: 'Indicator',
  },
} as const;

export function labels(lang: Lang) {
  return L[lang];
}

const SCOPES: Record<Lang, Record<RankingScope, string>> = {
  zh: { all: '全部单位', municipal: '市直单位', district: '区县(市)', public_service: '公共服务单位' },
  en: { all: 'All units', municipal: 'Municipal departments', district: 'Districts', public_service: 'Public-service units' },
};
const KINDS: Record<Lang, Record<UnitKind, string>> = {
  zh: { municipal: '市直单位', district: '区县(市)', public_service: '公共服务单位' },
  en: { municipal: 'Municipal', district: 'District', public_service: 'Public service' },
};
const GRADES: Record<Lang, Record<Grade, string>> = {
  zh: { excellent: '优秀', good: '良好', pass: '合格', fail: '不合格' },
  en: { excellent: 'Excellent', good: 'Good', pass: 'Pass', fail: 'Fail' },
};

export const scopeLabel = (lang: Lang, scope: RankingScope): string => SCOPES[lang][scope];
export const kindLabel = (lang: Lang, kind: UnitKind): string => KINDS[lang][kind];
export const gradeLabel = (lang: Lang, grade: Grade | null): string | null => (grade ? GRADES[lang][grade] : null);
