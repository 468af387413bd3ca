import type { MikroORM } from '@mikro-orm/core';
import { EarlyWarningService } from './modules/insights/early-warning.service.js';
import { ScoreChangeService } from './modules/insights/score-change.service.js';
import { MeasureService } from './modules/measures/index.js';
import { PeriodClock } from './modules/periods/period-clock.js';
import { PublicationService } from './modules/publications/publication.service.js';
import { ScoringService } from './modules/scoring/scoring.service.js';
import type { AppConfig } from './config.js';

/**
 * The long-lived services of one server process. They hold no state that could diverge between
 * processes: caches are keyed by versions read from the database.
 */
export interface Services {
  config: AppConfig;
  measures: MeasureService;
  scoring: ScoringService;
  scoreChanges: ScoreChangeService;
  earlyWarnings: EarlyWarningService;
  /** Publishing; other modules hook into publications with `publications.onPublished(...)`. */
  publications: PublicationService;
}

export function createServices(orm: MikroORM, config: AppConfig): Services {
  const measures = new MeasureService(orm);
  const scoring = new ScoringService(measures, new PeriodClock(config.clock));
  return {
    config,
    measures,
    scoring,
    scoreChanges: new ScoreChangeService(scoring),
    earlyWarnings: new EarlyWarningService(measures, scoring),
    publications: new PublicationService(scoring, measures),
  };
}
