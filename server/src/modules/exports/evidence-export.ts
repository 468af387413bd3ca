import type { EntityManager } from '@mikro-orm/core';
import { assertCanSeeUnitDetails } from '../../graphql/authorization.js';
import type { Viewer } from '../../graphql/context.js';
import { listEvidence, type EvidenceRow } from '../measures/index.js';
import { requirePeriodWithData } from '../periods/period.service.js';
import type { ScoringService } from '../scoring/scoring.service.js';
import { getUnit } from '../units/unit.service.js';
import { labels, type Lang } from './labels.js';
import type { CellValue, SheetSpec } from './workbook.js';

/** More records than this in one export is refused rather than written half. */
export const MAX_EVIDENCE_EXPORT_ROWS = 200_000;
const PAGE = 1000;

export interface EvidenceExportQuery {
  unitCode: string;
  period: string;
  indicatorId: string;
  onlyAgainst: boolean;
}

/**
 * Every record behind one measure of a unit and period (what the evidence drawer pages through),
 * for a viewer who may see the unit's details (a UNIT user: its own unit only, as the view).
 */
export async function evidenceTable(
  em: EntityManager, scoring: ScoringService, viewer: Viewer, q: EvidenceExportQuery, lang: Lang,
): Promise<SheetSpec> {
  assertCanSeeUnitDetails(viewer, q.unitCode);
  await getUnit(em, q.unitCode);
  const { period } = await scoring.clock.dated(em, await requirePeriodWithData(em, q.period));
  const measureId = await scoring.measureIdOf(em, q.indicatorId, period);
  const rows: EvidenceRow[] = [];
  let after: string | null = null;
  do {
    const page = await listEvidence(em, { unitCode: q.unitCode, period, indicatorId: measureId, first: PAGE, after, onlyAgainst: q.onlyAgainst });
    rows.push(...page.rows);
    after = page.hasNextPage ? page.endCursor : null;
  } while (after && rows.length < MAX_EVIDENCE_EXPORT_ROWS);
  const t = labels(lang);
  const fieldNames = [...new Set(rows.flatMap((r) => r.fields.map((f) => f.name)))];
  return {
    name: `${t.evidence} ${q.indicatorId}`,
    title: [`${t.evidence} · ${t.unit}: ${q.unitCode} · ${t.period}: ${period.id} · ${t.indicator}: ${q.indicatorId}`],
    columns: [
      { header: t.recordId, width: 20 }, { header: t.recordKind, width: 14 }, { header: t.date, width: 12 },
      { header: t.countedAgainst, width: 10 }, { header: t.reason, width: 40 },
      ...fieldNames.map((header) => ({ header, width: 16 })),
    ],
    rows: rows.map((r): CellValue[] => {
      const fields = new Map(r.fields.map((f) => [f.name, f.value]));
      return [
        r.recordId, r.recordKind, r.date, r.countedAgainst ? t.yes : t.no, lang === 'en' ? r.reasonCode : r.reason,
        ...fieldNames.map((n) => fields.get(n) ?? null),
      ];
    }),
  };
}
