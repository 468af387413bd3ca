import { rm } from 'node:fs/promises';
import type { MikroORM } from '@mikro-orm/core';
import express, { Router } from 'express';
import { ERROR_CODES } from '../../errors.js';
import type { Viewer } from '../../graphql/context.js';
import { requestedLocale } from '../../http/locale.js';
import { attachment, HttpError, queryString, rest, XLSX_TYPE } from '../../http/rest.js';
import { authenticate, requireRoles, restViewer } from '../accounts/rest-auth.js';
import { writeCsv } from '../exports/csv.js';
import { langOf } from '../exports/labels.js';
import { writeWorkbook, type SheetSpec } from '../exports/workbook.js';
import { IMPORT_ORDER, KIND_SPECS, kindFromFileName } from '../imports/index.js';
import { isRawFileKind, kindFromHeader } from '../imports/kind-recognition.js';
import { columnDescription, writeTemplate } from '../imports/templates.js';
import { TEMPLATE_TITLES } from '../imports/template-notes.js';
import type { ImportJobRunner } from './import-job-runner.js';
import { createJob, listJobs, readJob } from './import-jobs.service.js';
import { receiveUpload, UploadError } from './upload.js';

export interface ImportRoutesOptions {
  orm: MikroORM;
  runner: ImportJobRunner;
  spoolDir: string;
  maxBytes: number;
  idleHours: number;
}

const IMPORTERS = ['ASSESSOR', 'ADMIN', 'INGEST'] as const;

/**
 * The browser's and the machines' way in (issue 13, docs/imports.md):
 * - POST /api/imports (multipart, field `files`) → 202 { id }; GET /api/imports/:id → the job;
 *   GET /api/imports → the newest jobs (history); GET /api/imports/:id/files/:seq/errors.(xlsx|csv);
 * - POST /api/imports/recognise { name, header } → { kind } (the import page's preview);
 * - GET /api/imports/kinds; GET /api/templates/:kind.xlsx.
 */
export function importRoutes(o: ImportRoutesOptions): Router {
  const router = Router();
  const auth = authenticate(o.orm, o.idleHours);

  router.post('/api/imports', auth, requireRoles(...IMPORTERS), rest(async (req, res) => {
    const viewer = restViewer(res) as Viewer;
    let upload;
    try {
      upload = await receiveUpload(req, o.spoolDir, o.maxBytes);
    } catch (err) {
      if (err instanceof UploadError) throw new HttpError(err.status, err.code, err.message);
      throw err;
    }
    let id: string;
    try {
      id = await createJob(o.orm.em.fork(), viewer, upload);
    } catch (err) {
      await Promise.all(upload.files.map((f) => rm(f.path, { force: true })));
      if (err instanceof UploadError) throw new HttpError(err.status, err.code, err.message);
      throw err;
    }
    o.runner.kick();
    res.status(202).setHeader('location', `/api/imports/${id}`);
    res.json({ id });
  }));

  router.get('/api/imports', auth, requireRoles(...IMPORTERS), rest(async (req, res) => {
    const limit = Math.min(200, Math.max(1, Number(queryString(req, 'limit') ?? 50) || 50));
    res.setHeader('cache-control', 'no-store');
    res.json({ jobs: await listJobs(o.orm.em.fork(), restViewer(res) as Viewer, limit, o.runner.progress, requestedLocale(req.headers)) });
  }));

  router.get('/api/imports/kinds', auth, requireRoles(...IMPORTERS), (_req, res) => {
    res.json({
      kinds: IMPORT_ORDER.map((kind) => ({
        kind, title: TEMPLATE_TITLES[kind],
        columns: KIND_SPECS[kind].columns.map((c) => ({ name: c.name, optional: !!c.optional, description: columnDescription(c) })),
      })),
    });
  });

  router.post('/api/imports/recognise', auth, requireRoles(...IMPORTERS), express.json({ limit: '64kb' }), (req, res) => {
    const body = (req.body ?? {}) as { name?: unknown; header?: unknown };
    const name = typeof body.name === 'string' ? body.name.slice(0, 255) : '';
    const header = Array.isArray(body.header) ? body.header.slice(0, 100).map((c) => (typeof c === 'string' ? c.slice(0, 100) : '')) : [];
    res.json({ kind: kindFromFileName(name) ?? kindFromHeader(header) });
  });

  router.get('/api/imports/:id', auth, requireRoles(...IMPORTERS), rest(async (req, res) => {
    res.setHeader('cache-control', 'no-store');
    res.json(await readJob(o.orm.em.fork(), restViewer(res) as Viewer, String(req.params.id), o.runner.progress, requestedLocale(req.headers)));
  }));

  router.get(/^\/api\/imports\/([^/]+)\/files\/(\d+)\/errors\.(xlsx|csv)$/, auth, requireRoles(...IMPORTERS), rest(async (req, res) => {
    const [id, seq, format] = [String(req.params[0]), Number(req.params[1]), String(req.params[2])];
    // The report's language is the page's (?lang=en|zh), for its headers and every reason.
    const en = langOf(queryString(req, 'lang')) === 'en';
    const job = await readJob(o.orm.em.fork(), restViewer(res) as Viewer, id, () => null, en ? 'en' : 'zh-CN');
    const file = job.files.find((f) => f.seq === seq);
    if (!file) throw new HttpError(404, ERROR_CODES.NOT_FOUND, '没有这个文件。No such file in this import.');
    const sheet: SheetSpec = {
      name: en ? 'Problems' : '问题',
      columns: [
        { header: en ? 'Line' : '行号', kind: 'int', width: 8 }, { header: en ? 'Column' : '列', width: 18 },
        { header: en ? 'Value' : '值', width: 24 }, { header: en ? 'Reason' : '原因', width: 70 }, { header: en ? 'Code' : '代码', width: 24 },
      ],
      rows: file.errors.map((e) => [e.line, e.column, e.value, e.reason, e.code]),
    };
    const base = `${file.name.replace(/\.[^.]+$/, '')}-errors.${format}`;
    if (format === 'csv') {
      attachment(res, base, 'text/csv; charset=utf-8');
      writeCsv(res, sheet);
    } else {
      attachment(res, base, XLSX_TYPE);
      await writeWorkbook(res, [sheet]);
    }
  }));

  router.get(/^\/api\/templates\/([a-z_]+)\.xlsx$/, auth, requireRoles(...IMPORTERS, 'LEADER'), rest(async (req, res) => {
    const kind = String(req.params[0]);
    if (!isRawFileKind(kind)) throw new HttpError(404, ERROR_CODES.NOT_FOUND, `没有「${kind}」模板。No template for "${kind}".`);
    attachment(res, `${kind}.xlsx`, XLSX_TYPE);
    res.setHeader('cache-control', 'private, max-age=300');
    await writeTemplate(res, kind);
  }));
  return router;
}
