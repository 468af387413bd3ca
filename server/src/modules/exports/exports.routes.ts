import type { MikroORM } from '@mikro-orm/core';
import { RANKING_SCOPES, type RankingScope } from '@scorecard/shared';
import { Router } from 'express';
import { AppError, ERROR_CODES } from '../../errors.js';
import type { Viewer } from '../../graphql/context.js';
import { attachment, queryString, rest, XLSX_TYPE } from '../../http/rest.js';
import { authenticate, requireRoles, restViewer } from '../accounts/rest-auth.js';
import { requirePeriodWithData } from '../periods/period.service.js';
import type { Services } from '../../services.js';
import { auditSheet } from './audit-export.js';
import { writeCsv } from './csv.js';
import { evidenceTable } from './evidence-export.js';
import { langOf } from './labels.js';
import { rankingSheets } from './ranking-export.js';
import { writeWorkbook } from './workbook.js';

const READERS = ['LEADER', 'UNIT', 'ASSESSOR', 'ADMIN'] as const;

function scopeOf(raw: string | null): RankingScope {
  const scope = (raw ?? 'all').toLowerCase();
  if (!(RANKING_SCOPES as readonly string[]).includes(scope)) {
    throw new AppError(ERROR_CODES.BAD_USER_INPUT, `scope 须为 ${RANKING_SCOPES.join('、')}。scope must be one of ${RANKING_SCOPES.join(', ')} (ALL, MUNICIPAL… also accepted).`);
  }
  return scope as RankingScope;
}

function intOf(raw: string | null, name: string): number | null {
  if (raw === null) return null;
  if (!/^\d{1,6}$/.test(raw)) throw new AppError(ERROR_CODES.BAD_USER_INPUT, `${name} 须为正整数。${name} must be a whole number.`);
  return Number(raw);
}

function required(raw: string | null, name: string): string {
  if (!raw) throw new AppError(ERROR_CODES.BAD_USER_INPUT, `缺少参数 ${name}。The parameter ${name} is required.`);
  return raw;
}

/**
 * Spreadsheet exports, permission-checked like the views they mirror (docs/imports.md):
 * - GET /api/exports/ranking.xlsx?period=2023-12&scope=ALL[&schemeVersion=2|&publication=ID][&lang=en]
 *   — the same ScoringService.ranking the GraphQL `ranking` answers from;
 * - GET /api/exports/evidence.(csv|xlsx)?unitCode=…&period=…&indicatorId=U1[&onlyAgainst=true]
 *   — a UNIT user its own unit only;
 * - GET /api/exports/audit.xlsx[?action=…&actor=…&from=…&to=…] — ADMIN only.
 */
export function exportRoutes(orm: MikroORM, services: Services): Router {
  const router = Router();
  const auth = authenticate(orm, services.config.sessionIdleHours);

  router.get('/api/exports/ranking.xlsx', auth, requireRoles(...READERS), rest(async (req, res) => {
    const viewer = restViewer(res) as Viewer;
    const em = orm.em.fork();
    const period = await requirePeriodWithData(em, required(queryString(req, 'period'), 'period'));
    const scope = scopeOf(queryString(req, 'scope'));
    const ranking = await services.scoring.ranking(em, period, scope, {
      schemeVersion: intOf(queryString(req, 'schemeVersion'), 'schemeVersion'), publicationId: queryString(req, 'publication'),
    });
    const sheets = rankingSheets(ranking, viewer, langOf(queryString(req, 'lang')));
    // The scope as the page's address writes it (ALL, DISTRICT…): the name people have always got.
    attachment(res, `ranking-${period.id}-${scope.toUpperCase()}.xlsx`, XLSX_TYPE);
    await writeWorkbook(res, sheets);
  }));

  router.get(/^\/api\/exports\/evidence\.(csv|xlsx)$/, auth, requireRoles(...READERS), rest(async (req, res) => {
    const format = String(req.params[0]);
    const q = {
      unitCode: required(queryString(req, 'unitCode'), 'unitCode'),
      period: required(queryString(req, 'period'), 'period'),
      indicatorId: required(queryString(req, 'indicatorId'), 'indicatorId'),
      onlyAgainst: queryString(req, 'onlyAgainst') === 'true',
    };
    const sheet = await evidenceTable(orm.em.fork(), services.scoring, restViewer(res) as Viewer, q, langOf(queryString(req, 'lang')));
    const base = `evidence-${q.unitCode}-${q.period}-${q.indicatorId}.${format}`;
    if (format === 'csv') {
      attachment(res, base, 'text/csv; charset=utf-8');
      writeCsv(res, { ...sheet, title: undefined });
    } else {
      attachment(res, base, XLSX_TYPE);
      await writeWorkbook(res, [sheet]);
    }
  }));

  router.get('/api/exports/audit.xlsx', auth, requireRoles('ADMIN'), rest(async (req, res) => {
    const sheet = await auditSheet(orm.em.fork(), restViewer(res), {
      action: queryString(req, 'action'), actor: queryString(req, 'actor'), from: queryString(req, 'from'), to: queryString(req, 'to'),
    }, langOf(queryString(req, 'lang')));
    attachment(res, 'audit-log.xlsx', XLSX_TYPE);
    await writeWorkbook(res, [sheet]);
  }));
  return router;
}
