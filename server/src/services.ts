import type { MikroORM } from '@mikro-orm/core';
import { EarlyWarningService } from './modules/insights/early-warning.service.js';
import { ScoreChangeService } from './modules/insights/score-change.service.js';
import { MeasureService } from './modules/measures/index.js';
import { PeriodClock } from './modules/periods/period-clock.js';
import { PublicationService } from './modules/publications/publication.service.js';
import { ScoringService } from './modules/scoring/scoring.service.js';
import { AppealService } from './modules/remediation/appeals.service.js';
import { RemediationService } from './modules/remediation/items.service.js';
import { openItemsOnPublication } from './modules/remediation/opening.js';
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
  /** Remediation items (opened by publications through the listener registered below). */
  remediation: RemediationService;
  appeals: AppealService;
}

export function createServices(orm: MikroORM, config: AppConfig): Services {
  const measures = new MeasureService(orm);
  const scoring = new ScoringService(measures, new PeriodClock(config.clock));
  const publications = new PublicationService(scoring, measures);
  const remediation = new RemediationService(scoring.clock, config.remediationDeadlineDays);
  // Items open inside the publication's transaction: they commit (or roll back) with it.
  publications.onPublished((tx, publication, snapshot) =>
    openItemsOnPublication(tx, publication, snapshot, remediation.today(), config.remediationDeadlineDays).then(() => undefined));
  return {
    config,
    measures,
    scoring,
    scoreChanges: new ScoreChangeService(scoring),
    earlyWarnings: new EarlyWarningService(measures, scoring),
    publications,
    remediation,
    appeals: new AppealService(() => remediation.today()),
  };
}
