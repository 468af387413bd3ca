import { GRADE_BAND_BACKGROUNDS, gradeOf, type RankingScope } from '@scorecard/shared';
import { canSeeUnitDetails } from '../../graphql/authorization.js';
import type { Viewer } from '../../graphql/context.js';
import type { ComputedRanking } from '../scoring/scoring.service.js';
import { gradeLabel, kindLabel, labels, scopeLabel, type Lang } from './labels.js';
import type { CellValue, SheetSpec } from './workbook.js';

/** A score cell's background: the grade band of the score as shown (two decimals), like the screens. */
function scoreFill(value: CellValue): string | null {
  return typeof value === 'number' ? GRADE_BAND_BACKGROUNDS[gradeOf(value) ?? 'na'] : null;
}

function statusLine(ranking: ComputedRanking, lang: Lang): string {
  const t = labels(lang);
  if (ranking.publication) return t.published(ranking.publication.publishedAt);
  return ranking.asOf ? t.asOf(ranking.asOf) : t.preliminary;
}

/**
 * The ranking of one period and scope as sheets: the ranking (rank, unit, composite, grade,
 * penalty, dimension scores) and one sheet per dimension with its sub-indicator scores. Values are
 * the engine's, as the GraphQL `ranking` gives them; a UNIT viewer's dimension sheets hold its own
 * row only (RankingRow.subIndicators is refused for other rows).
 */
export function rankingSheets(ranking: ComputedRanking, viewer: Viewer, lang: Lang): SheetSpec[] {
  const t = labels(lang);
  const name = (n: { zh: string; en: string }) => (lang === 'en' ? n.en : n.zh);
  const dims = ranking.scheme.dimensions.filter((d) => d.enabled);
  const title = [
    `${t.ranking} · ${ranking.period.id}`,
    `${t.period}: ${ranking.period.id} · ${t.scope}: ${scopeLabel(lang, ranking.scope as RankingScope)} · ${t.scheme}: v${ranking.scheme.version}`,
    `${t.status}: ${statusLine(ranking, lang)}`,
  ];
  const unitName = (code: string) => ranking.units.get(code)?.name ?? code;
  const rows = ranking.result.rows;
  const main: SheetSpec = {
    name: t.ranking,
    title,
    columns: [
      { header: t.rank, kind: 'int', width: 8 }, { header: t.unitCode, width: 14 }, { header: t.unitName, width: 28 },
      { header: t.kind, width: 14 }, { header: t.composite, kind: 'score' }, { header: t.grade, width: 10 },
      { header: t.penalty, kind: 'score' }, { header: t.rankChange, kind: 'int' },
      ...dims.map((d) => ({ header: name(d.name), kind: 'score' as const })),
    ],
    rows: rows.map((r) => [
      r.rank, r.unitCode, unitName(r.unitCode), kindLabel(lang, r.kind), r.composite, gradeLabel(lang, r.grade), r.penalty, r.rankChange,
      ...dims.map((d) => r.dimensions.find((x) => x.id === d.id)?.score ?? null),
    ]),
    fill: (_r, c, v) => (c === 4 || c >= 8 ? scoreFill(v) : null),
  };
  const visible = rows.filter((r) => canSeeUnitDetails(viewer, r.unitCode));
  const perDimension: SheetSpec[] = dims.map((d) => {
    const subs = d.subIndicators.filter((s) => s.enabled);
    return {
      name: `${d.id} ${name(d.name)}`,
      title,
      columns: [
        { header: t.rank, kind: 'int', width: 8 }, { header: t.unitCode, width: 14 }, { header: t.unitName, width: 28 },
        { header: `${name(d.name)} ${t.score}`, kind: 'score' },
        ...subs.flatMap((s) => [
          { header: `${s.id} ${name(s.name)} ${t.score}`, kind: 'score' as const, width: 16 },
          { header: `${s.id} ${t.pointsLost}`, kind: 'score' as const },
        ]),
      ],
      rows: visible.map((r) => {
        const dim = r.dimensions.find((x) => x.id === d.id);
        return [
          r.rank, r.unitCode, unitName(r.unitCode), dim?.score ?? null,
          ...subs.flatMap((s) => {
            const sub = dim?.subIndicators.find((x) => x.id === s.id);
            return [sub?.score ?? null, sub ? sub.pointsLost : null];
          }),
        ];
      }),
      fill: (_r, c, v) => (c === 3 || (c >= 4 && (c - 4) % 2 === 0) ? scoreFill(v) : null),
    };
  });
  return [main, ...perDimension];
}
