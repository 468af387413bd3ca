import type { TextLocale } from '@scorecard/shared';
import { IMPORT_ERROR_CODES as E, type ImportRowError, type ImportStage, type ReasonParams } from './errors.js';

/**
 * An import problem's reason in the reader's language. The importer writes each problem's English
 * sentence (what the CLI prints) with its code and params; the Chinese one is made here from the
 * code and params. English: the sentence as written; Chinese: from the code (the English sentence
 * when a problem has no params, as stored before they existed); no language named: both.
 */
export function importReason(error: Pick<ImportRowError, 'code' | 'message' | 'params'>, locale: TextLocale | null): string {
  if (locale === 'en') return error.message;
  const zh = chinese(error);
  if (locale === 'zh-CN') return zh ?? error.message;
  return zh ? `${zh} ${error.message}` : error.message;
}

function chinese({ code, params }: Pick<ImportRowError, 'code' | 'params'>): string | null {
  const sentence = params ? ZH[code] : undefined;
  return sentence && params ? sentence(params) : null;
}

/** Every stage, so that a new one cannot go untranslated. */
const STAGES_ZH: Record<ImportStage, string> = {
  'reading the rows': '读取数据行',
  'refreshing the periods and the calendar': '刷新期间和日历',
  'recounting the roll-ups': '重算汇总',
  'recording the import': '记录导入',
  'committing': '提交',
};

function rangeZh(p: ReasonParams): string {
  if (p.min !== undefined && p.max !== undefined) return `（${p.min} 至 ${p.max}）`;
  if (p.min !== undefined) return `（≥ ${p.min}）`;
  return '';
}

const outside = (p: ReasonParams): string => `${p.column}「${p.value}」超出支持的日期范围 ${p.from} … ${p.to}`;

const ZH: Record<string, (p: ReasonParams) => string> = {
  [E.missingColumn]: (p) => `表头缺少 ${p.column} 列（应有：${p.expected}）`,
  [E.duplicateColumn]: (p) => `表头中 ${p.column} 列出现了两次`,
  [E.emptyFile]: () => '文件是空的：至少需要一行表头',
  [E.unreadableFile]: (p) => `文件从这一行起无法读取：${p.detail}`,
  [E.extraFields]: (p) => `这一行有 ${p.values} 个值，而表头只有 ${p.columns} 列`,
  [E.missingValue]: (p) => `${p.column} 必须填写`,
  [E.tooLong]: (p) => `${p.column} 超过 ${p.max} 个字符`,
  [E.badDate]: (p) => (p.from !== undefined ? outside(p) : `${p.column}「${p.value}」不是日期（格式 YYYY-MM-DD）`),
  [E.badTimestamp]: (p) => (p.from !== undefined
    ? outside(p)
    : `${p.column}「${p.value}」不是时间（格式 YYYY-MM-DD HH:MM[:SS] 或 YYYY-MM-DDTHH:MM[:SS][Z|±HH:MM]）`),
  [E.badEnum]: (p) => `${p.column}「${p.value}」不是可选值之一：${p.allowed}`,
  [E.badNumber]: (p) => `${p.column}「${p.value}」不是${p.integer ? '整数' : '数字'}${rangeZh(p)}`,
  [E.badPeriod]: (p) => `${p.column}「${p.value}」不是 ${p.from} 至 ${p.to} 年间的期间（如 2023-03、2023-Q1 或 2023）`,
  [E.badRange]: (p) => `effective_to ${p.to} 必须晚于 effective_from ${p.from}`,
  [E.unknownUnit]: (p) => `${p.column}「${p.value}」不是已知单位（请先导入单位 units）`,
  [E.unknownResource]: (p) => `resource_id「${p.value}」不是已知资源（请先导入资源 resources）`,
  [E.unknownItem]: (p) => `item_id「${p.value}」不是已知的服务事项（请先导入 service_items）`,
  [E.unknownSystem]: (p) => `scope「${p.value}」既不是 unit 也不是已知的 system_id（请先导入 systems）`,
  [E.duplicateKey]: (p) => `键（${p.columns}）=（${p.values}）已在第 ${p.line} 行出现`,
  [E.overlappingVersion]: (p) => `事项「${p.item}」从 ${p.from} 起的版本与从 ${p.otherFrom} 起的版本重叠${p.otherLine !== undefined ? `（第 ${p.otherLine} 行）` : '（已导入）'}`,
  [E.itemUnitChanged]: (p) => `事项「${p.item}」属于单位「${p.unit}」，新版本不能把它改到「${p.newUnit}」`,
  [E.databaseError]: (p) => `数据库在${STAGES_ZH[p.stage as ImportStage] ?? p.stage}时拒绝了导入：${p.detail}`,
  [E.unknownFileKind]: () => '无法从文件名或表头识别文件类型：请选择类型（单位、评价……）',
  [E.fileGone]: () => '上传的文件已不在服务器上：请重新上传',
};
