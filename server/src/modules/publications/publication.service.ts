import { randomUUID } from 'node:crypto';
import { UniqueConstraintViolationException, type EntityManager } from '@mikro-orm/core';
import {
  hasSchemeErrors, RANKING_SCOPES, validateScheme,
  type MeasureTable, type Period, type RankingResult, type RankingScope, type Scheme,
} from '@scorecard/shared';
import { AppError, ERROR_CODES } from '../../errors.js';
import { requireRole } from '../../graphql/authorization.js';
import type { Viewer } from '../../graphql/context.js';
import { audit, type AuditActor } from '../audit/audit.service.js';
import { countEvidence, type EvidenceTotals, type MeasureService } from '../measures/index.js';
import { requirePeriodWithData } from '../periods/period.service.js';
import { SchemeVersion } from '../schemes/scheme-version.entity.js';
import { freezeScheme, getScheme } from '../schemes/scheme.service.js';
import { readDataVersion } from '../scoring/data-version.js';
import type { ScoringService } from '../scoring/scoring.service.js';
import { latestPublication, type PublicationInfo } from './publication-reader.js';
import { Publication } from './publication.entity.js';
import { PublicationEvidence, PublicationMeasure, PublicationRanking } from './snapshot.entities.js';

/** One enabled sub-indicator of one unit as published (the all-units ranking): what remediation reads. */
export interface PublishedScore {
  unitCode: string;
  dimensionId: string;
  subIndicatorId: string;
  measureId: string;
  /** 0–100 at full precision; null = N/A. */
  score: number | null;
  pointsLost: number;
}

/** Everything a publication froze, handed to listeners inside its transaction. */
export interface PublicationSnapshot {
  scheme: Scheme;
  /** Per scope: minmax bounds and ranks depend on the units ranked together. */
  rankings: Record<RankingScope, RankingResult>;
  measures: MeasureTable;
  /** From the all-units ranking (the scope every unit is in). */
  scores: PublishedScore[];
}

/**
 * Called inside the publication's transaction, after every snapshot row is written: a listener that
 * throws rolls the whole publication back. Remediation opens its items here.
 */
export type PublicationListener = (tx: EntityManager, publication: PublicationInfo, snapshot: PublicationSnapshot) => Promise<void>;

const MAX_REASON = 1000;
const INSERT_CHUNK = 500;
const ATTEMPTS = 3;

function scoresOf(all: RankingResult): PublishedScore[] {
  return all.rows.flatMap((row) => row.dimensions.flatMap((d) => d.subIndicators.map((s) => ({
    unitCode: row.unitCode, dimensionId: d.id, subIndicatorId: s.id, measureId: s.measureId, score: s.score, pointsLost: s.pointsLost,
  }))));
}

/** The measure ids a scheme reads (sub-indicators and the penalty): their evidence totals are kept. */
function measureIdsOf(scheme: Scheme): string[] {
  const ids = new Set<string>([scheme.penalty.measureId]);
  for (const d of scheme.dimensions) for (const s of d.subIndicators) ids.add(s.measureId);
  return [...ids];
}

/** What the audit log keeps of a publication: who, which version, and every unit's rank and composite. */
function auditView(p: PublicationInfo, all: Pick<RankingResult, 'rows'>): Record<string, unknown> {
  return {
    period: p.period, seq: p.seq, schemeVersion: p.schemeVersion, reason: p.reason, publishedAt: p.publishedAt, publishedBy: p.publishedBy, id: p.id,
    ranking: all.rows.map((r) => ({ unitCode: r.unitCode, rank: r.rank, composite: r.composite, grade: r.grade })),
  };
}

/** A computed snapshot, before it is written. */
interface Computed extends PublicationSnapshot {
  dataVersion: string;
  previousPeriods: Record<RankingScope, string | null>;
  previousResults: Record<RankingScope, RankingResult | null>;
  evidence: Array<{ unitCode: string; measureId: string; totals: EvidenceTotals }>;
}

/**
 * Publishes periods (SPEC §7): computes the ranking of every scope under the chosen version, keeps
 * every measure value, score, rank, points lost and the scheme, freezes the version, and audits it.
 *
 * The computation reads outside the transaction (on SQLite a reader inside a write transaction would
 * wait for the one connection the transaction holds); inside, the data version and the scheme
 * revision are checked against those the snapshot was computed from, and a change in between — an
 * import, a draft save — makes it compute again, so a snapshot is always of one consistent state.
 */
export class PublicationService {
  private readonly listeners: PublicationListener[] = [];

  constructor(
    private readonly scoring: ScoringService,
    private readonly measures: MeasureService,
  ) {}

  /** Registers a listener called in every publication's transaction; returns its removal. */
  onPublished(listener: PublicationListener): () => void {
    this.listeners.push(listener);
    return () => {
      const i = this.listeners.indexOf(listener);
      if (i >= 0) this.listeners.splice(i, 1);
    };
  }

  async publish(
    em: EntityManager,
    viewer: Viewer | null,
    actor: AuditActor,
    periodId: string,
    schemeVersion: number,
    reason: string | null,
  ): Promise<PublicationInfo> {
    requireRole(viewer, 'ASSESSOR');
    const period = await requirePeriodWithData(em, periodId);
    // Results are frozen when they are final: a period still running counts only its days so far.
    if (this.scoring.clock.inProgress(period)) {
      throw new AppError(
        ERROR_CODES.BAD_USER_INPUT,
        `${period.id} 尚未结束（截至 ${this.scoring.clock.today()}），结束后才能发布。${period.id} is still in progress: publish it once it has ended.`,
        { period: period.id },
      );
    }
    const why = reason?.trim() || null;
    if (why && why.length > MAX_REASON) {
      throw new AppError(ERROR_CODES.BAD_USER_INPUT, `原因最多 ${MAX_REASON} 字。The reason is at most ${MAX_REASON} characters.`, { field: 'reason' });
    }
    for (let attempt = 1; ; attempt++) {
      const previous = await latestPublication(em, period.id);
      if (previous && !why) {
        throw new AppError(
          ERROR_CODES.BAD_USER_INPUT,
          `${period.id} 已于 ${previous.publishedAt} 发布；重新发布须填写原因。${period.id} is already published: a re-publication needs a reason.`,
          { field: 'reason', period: period.id },
        );
      }
      const stored = await getScheme(em, schemeVersion);
      if (hasSchemeErrors(validateScheme(stored.scheme))) {
        throw new AppError(ERROR_CODES.BAD_USER_INPUT, `第 ${schemeVersion} 版指标体系有误，不能发布。Version ${schemeVersion} is invalid and cannot be published.`, { schemeVersion });
      }
      const computed = await this.compute(em, period, stored.scheme);
      const published = await em.transactional(async (tx) => {
        if ((await readDataVersion(tx)) !== computed.dataVersion) return null;
        if ((await latestPublication(tx, period.id))?.id !== previous?.id) return null;
        if (!(await freezeScheme(tx, actor, schemeVersion, stored.revision))) return null;
        return this.write(tx, actor, period, computed, previous, why);
      }).catch((err: unknown) => {
        // Another publication of the period took this seq first: compute again on top of it.
        if (err instanceof UniqueConstraintViolationException) return null;
        throw err;
      });
      if (published) return published;
      if (attempt >= ATTEMPTS) {
        throw new AppError(ERROR_CODES.STALE_VERSION, '发布期间数据或方案有变动，请重试。Data or the scheme changed while publishing: try again.', { period: period.id });
      }
    }
  }

  private async compute(em: EntityManager, period: Period, scheme: Scheme): Promise<Computed> {
    // The data version read before anything else: the check inside the transaction compares with it.
    const dataVersion = await readDataVersion(em);
    const rankings = {} as Record<RankingScope, RankingResult>;
    const previousPeriods = {} as Record<RankingScope, string | null>;
    const previousResults = {} as Record<RankingScope, RankingResult | null>;
    for (const scope of RANKING_SCOPES) {
      const ranking = await this.scoring.liveRanking(em, period, scope, scheme, 'as-shown');
      rankings[scope] = ranking.result;
      previousPeriods[scope] = ranking.previousPeriodId;
      previousResults[scope] = ranking.previous;
    }
    const measures = await this.measures.measuresFor(period);
    const evidence: Computed['evidence'] = [];
    for (const unitCode of Object.keys(measures)) {
      for (const measureId of measureIdsOf(scheme)) {
        const totals = await countEvidence(em, { unitCode, period, indicatorId: measureId });
        if (totals) evidence.push({ unitCode, measureId, totals });
      }
    }
    return { dataVersion, scheme, rankings, previousPeriods, previousResults, measures, evidence, scores: scoresOf(rankings.all) };
  }

  private async write(
    tx: EntityManager,
    actor: AuditActor,
    period: Period,
    c: Computed,
    previous: PublicationInfo | null,
    reason: string | null,
  ): Promise<PublicationInfo> {
    const info: PublicationInfo = {
      id: randomUUID(), period: period.id, seq: (previous?.seq ?? 0) + 1, schemeVersion: c.scheme.version, reason,
      publishedAt: new Date().toISOString(), publishedBy: actor.username,
    };
    await tx.insert(Publication, {
      id: info.id, period: info.period, seq: info.seq, scheme: tx.getReference(SchemeVersion, info.schemeVersion), reason, publishedAt: info.publishedAt,
      publishedBy: info.publishedBy, schemeJson: JSON.stringify(c.scheme),
    });
    await insertChunked(tx, PublicationRanking, RANKING_SCOPES.map((scope) => ({
      publication: info.id, scope, previousPeriod: c.previousPeriods[scope], resultJson: JSON.stringify(c.rankings[scope]),
      previousJson: c.previousResults[scope] ? JSON.stringify(c.previousResults[scope]) : null,
    })));
    await insertChunked(tx, PublicationMeasure, Object.entries(c.measures).flatMap(([unitCode, unit]) =>
      Object.entries(unit).map(([measureId, m]) => ({ publication: info.id, unitCode, measureId, ...m }))));
    await insertChunked(tx, PublicationEvidence, c.evidence.map((e) => ({ publication: info.id, unitCode: e.unitCode, measureId: e.measureId, ...e.totals })));
    await audit(tx, {
      actor,
      action: previous ? 'publication/republish' : 'publication/publish',
      entityType: 'publication',
      entityId: info.id,
      before: previous ? auditView(previous, await this.previousRanking(tx, previous)) : undefined,
      after: auditView(info, c.rankings.all),
    });
    for (const listener of this.listeners) await listener(tx, info, c);
    return info;
  }

  private async previousRanking(tx: EntityManager, previous: PublicationInfo): Promise<Pick<RankingResult, 'rows'>> {
    const row = await tx.findOne(PublicationRanking, { publication: previous.id, scope: 'all' }, { disableIdentityMap: true });
    return row ? (JSON.parse(row.resultJson) as RankingResult) : { rows: [] };
  }
}

async function insertChunked<T extends object>(tx: EntityManager, entity: new () => T, rows: Array<Record<string, unknown>>): Promise<void> {
  for (let i = 0; i < rows.length; i += INSERT_CHUNK) {
    await tx.insertMany(entity, rows.slice(i, i + INSERT_CHUNK) as never[]);
  }
}
