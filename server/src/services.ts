import type { MikroORM } from '@mikro-orm/core';
import { MeasureService } from './modules/measures/index.js';
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
}

export function createServices(orm: MikroORM, config: AppConfig): Services {
  const measures = new MeasureService(orm);
  return { config, measures, scoring: new ScoringService(measures) };
}
