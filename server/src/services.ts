import type { MikroORM } from '@mikro-orm/core';
import { EarlyWarningService } from './modules/insights/early-warning.service.js';
import { ScoreChangeService } from './modules/insights/score-change.service.js';
import { MeasureService } from './modules/measures/index.js';
import { PeriodClock } from './modules/periods/period-clock.js';
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
}

export function createServices(orm: MikroORM, config: AppConfig): Services {
  const measures = new MeasureService(orm);
  const scoring = new ScoringService(measures, undefined, new PeriodClock(config.clock));
  return {
    config,
    measures,
    scoring,
    scoreChanges: new ScoreChangeService(scoring),
    earlyWarnings: new EarlyWarningService(measures, scoring),
  };
}
