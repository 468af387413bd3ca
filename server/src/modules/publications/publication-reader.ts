/**
 * Reads publications and their snapshots. Never computes anything: a published period is shown
 * from these rows whatever was imported or edited since (SPEC §7). Rows are read without the
 * identity map, so a reader in a long-lived EntityManager never sees stale entities.
 */
import type { EntityManager } from '@mikro-orm/core';
import type { MeasureTable, RankingResult, Scheme } from '@scorecard/shared';
import { AppError, ERROR_CODES } from '../../errors.js';
import { Publication } from './publication.entity.js';
import { PublicationEvidence, PublicationMeasure, PublicationRanking } from './snapshot.entities.js';

export interface PublicationInfo {
  id: string;
  period: string;
  /** 1 = first publication of the period; higher = a re-publication. */
  seq: number;
  schemeVersion: number;
  reason: string | null;
  /** ISO 8601 UTC instant. */
  publishedAt: string;
  publishedBy: string | null;
}

const FRESH = { disableIdentityMap: true } as const;

function info(p: Publication): PublicationInfo {
  return {
    id: p.id, period: p.period, seq: p.seq, schemeVersion: p.scheme.version, reason: p.reason,
    publishedAt: p.publishedAt, publishedBy: p.publishedBy,
  };
}

/** Newest first (by period end is not needed: by publication time, then seq). */
export async function listPublications(em: EntityManager, period: string | null = null): Promise<PublicationInfo[]> {
  const rows = await em.find(Publication, period ? { period } : {}, { ...FRESH, orderBy: [{ publishedAt: 'desc' }, { seq: 'desc' }] });
  return rows.map(info);
}

/** The publication views show for a period: its latest. Null = the period is not published. */
export async function latestPublication(em: EntityManager, period: string): Promise<PublicationInfo | null> {
  const row = await em.findOne(Publication, { period }, { ...FRESH, orderBy: { seq: 'desc' } });
  return row ? info(row) : null;
}

/** period id → its latest publication, for every published period (one query). */
export async function latestPublications(em: EntityManager): Promise<Map<string, PublicationInfo>> {
  const out = new Map<string, PublicationInfo>();
  for (const row of await em.find(Publication, {}, { ...FRESH, orderBy: { seq: 'asc' } })) out.set(row.period, info(row));
  return out;
}

function notFound(id: string): AppError {
  return new AppError(ERROR_CODES.PUBLICATION_NOT_FOUND, `没有这次发布（${id}）。No publication ${id}.`, { publicationId: id });
}

export async function getPublication(em: EntityManager, id: string): Promise<PublicationInfo> {
  const row = await em.findOne(Publication, { id }, FRESH);
  if (!row) throw notFound(id);
  return info(row);
}

export interface PublishedRanking {
  publication: PublicationInfo;
  scheme: Scheme;
  result: RankingResult;
  previousPeriod: string | null;
  /** The previous period's ranking the rank changes were taken against, as it was at publication. */
  previousResult: RankingResult | null;
}

/** The frozen ranking of one scope of a publication. */
export async function readPublishedRanking(em: EntityManager, publicationId: string, scope: string): Promise<PublishedRanking> {
  const pub = await em.findOne(Publication, { id: publicationId }, FRESH);
  if (!pub) throw notFound(publicationId);
  const row = await em.findOne(PublicationRanking, { publication: publicationId, scope }, FRESH);
  if (!row) throw new AppError(ERROR_CODES.PUBLICATION_NOT_FOUND, `这次发布没有「${scope}」范围的排名。Publication ${publicationId} has no ${scope} ranking.`, { publicationId, scope });
  return {
    publication: info(pub),
    scheme: JSON.parse(pub.schemeJson) as Scheme,
    result: JSON.parse(row.resultJson) as RankingResult,
    previousPeriod: row.previousPeriod,
    previousResult: row.previousJson ? (JSON.parse(row.previousJson) as RankingResult) : null,
  };
}

/** Every measure value of the publication, as the engine's MeasureTable. */
export async function readPublishedMeasures(em: EntityManager, publicationId: string): Promise<MeasureTable> {
  const table: MeasureTable = {};
  for (const m of await em.find(PublicationMeasure, { publication: publicationId }, FRESH)) {
    (table[m.unitCode] ??= {})[m.measureId] = { value: m.value, numerator: m.numerator, denominator: m.denominator };
  }
  return table;
}

/** The evidence totals of one unit's measure at publication; null when none were recorded for it. */
export async function readPublishedEvidence(
  em: EntityManager,
  publicationId: string,
  unitCode: string,
  measureId: string,
): Promise<{ totalCount: number; againstCount: number } | null> {
  const row = await em.findOne(PublicationEvidence, { publication: publicationId, unitCode, measureId }, FRESH);
  return row ? { totalCount: row.totalCount, againstCount: row.againstCount } : null;
}
