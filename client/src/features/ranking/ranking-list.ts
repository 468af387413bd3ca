import { sortRows, type RankingRow, type SortState } from './ranking-view';
import { cellChange, type CellChange, type PeriodCell } from './ranking-grid';

/**
 * What the ranking's table (RankingTable.vue) and its phone cards (RankingCards.vue) both show: the same
 * rows, sort, legend colours and changes, so switching layouts never changes what is read.
 */
export interface RankingListProps {
  rows: readonly RankingRow[];
  sort: SortState;
  /** Whether the viewer may open that unit's scorecard. */
  canOpen: (code: string) => boolean;
  /** The viewer's own unit, highlighted. */
  highlight?: string | null;
  /** The legend colour of an indicator's score (the scheme's bands; default the grade bands). */
  colorOf?: (indicatorId: string, score: number | null | undefined) => string | null;
  /** Each unit's scores in the previous period of the same kind: the change arrows. */
  previous?: ReadonlyMap<string, PeriodCell> | null;
  previousLabel?: string;
  /** Dimension scores shown (absent = all). */
  dimensionIds?: readonly string[] | null;
}

/** A score beside its change against the previous period (null when no previous period is loaded). */
export interface ScoreChange {
  change: CellChange | null;
  previous: number | null | undefined;
}

/** One unit as the table and the cards show it: its shown dimension scores and every score's change. */
export interface RankingListRow {
  row: RankingRow;
  composite: ScoreChange;
  dimensions: Array<RankingRow['dimensions'][number] & ScoreChange>;
}

/**
 * The rows in the chosen order, each with its shown dimensions and changes, worked out once per change
 * of the data (a computed), not in the template on every render of 75+ rows.
 */
export function rankingListRows(
  props: Pick<RankingListProps, 'rows' | 'sort' | 'previous' | 'dimensionIds'>,
): RankingListRow[] {
  const { previous, dimensionIds } = props;
  const shown = (id: string) => !dimensionIds?.length || dimensionIds.includes(id);
  const scoreChange = (current: number | null | undefined, before: number | null | undefined): ScoreChange => ({
    change: previous ? cellChange(current, before) : null,
    previous: before,
  });
  return sortRows(props.rows, props.sort).map((row) => {
    const cell = previous?.get(row.unit.code);
    return {
      row,
      composite: scoreChange(row.composite, cell?.composite),
      dimensions: row.dimensions
        .filter((d) => shown(d.id))
        .map((d) => ({ ...d, ...scoreChange(d.score, cell?.dimensions.get(d.id)) })),
    };
  });
}
