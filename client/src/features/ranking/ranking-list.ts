import type { RankingRow, SortState } from './ranking-view';
import type { PeriodCell } from './ranking-grid';

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
