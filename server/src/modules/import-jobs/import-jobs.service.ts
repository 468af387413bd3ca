import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/core';
import type { TextLocale } from '@scorecard/shared';
import { AppError, ERROR_CODES } from '../../errors.js';
import type { Viewer } from '../../graphql/context.js';
import { isRawFileKind } from '../imports/kind-recognition.js';
import { ImportJob, ImportJobFile } from './import-job.entity.js';
import { jobView, type JobView, type LiveProgress } from './import-job.views.js';
import { UploadError, type Upload } from './upload.js';

/** ASSESSOR and ADMIN see every job; a service account (INGEST) the jobs it delivered. */
function canSee(viewer: Viewer, job: ImportJob): boolean {
  return viewer.role === 'ASSESSOR' || viewer.role === 'ADMIN' || (viewer.role === 'INGEST' && job.createdById === viewer.userId);
}

/** The kind chosen for a file: field `kind:<name>`, else field `kind` (for every file), else none. */
function chosenKind(upload: Upload, name: string): string | null {
  const chosen = upload.fields.get(`kind:${name}`) ?? upload.fields.get('kind') ?? '';
  if (chosen === '' || chosen === 'auto') return null;
  if (!isRawFileKind(chosen)) {
    throw new UploadError(400, ERROR_CODES.BAD_USER_INPUT, `未知的文件类型「${chosen.slice(0, 40)}」。Unknown file kind "${chosen.slice(0, 40)}".`);
  }
  return chosen;
}

/** A queued job for the spooled files of an upload (one transaction: the job and its files). */
export async function createJob(em: EntityManager, viewer: Viewer, upload: Upload): Promise<string> {
  const id = randomUUID();
  const kinds = upload.files.map((f) => chosenKind(upload, f.name));
  await em.transactional(async (tx) => {
    tx.create(ImportJob, {
      id, state: 'queued', phase: null, via: viewer.role === 'INGEST' ? 'token' : 'browser',
      createdById: viewer.userId, createdBy: viewer.username, createdAt: new Date().toISOString(),
    });
    upload.files.forEach((f, seq) => {
      tx.create(ImportJobFile, {
        jobId: id, seq, name: f.name, kind: kinds[seq], size: f.size, sha256: f.sha256, spoolPath: f.path, status: 'queued',
        rowsRead: 0, rowsAdded: 0, rowsReplaced: 0, errorCount: 0,
      });
    });
    await tx.flush();
  });
  return id;
}

/** A job as its owner or an assessor sees it; NOT_FOUND otherwise (a job id reveals nothing). */
export async function readJob(
  em: EntityManager, viewer: Viewer, id: string, live: (id: string) => LiveProgress | null, locale: TextLocale | null,
): Promise<JobView> {
  const job = id.length <= 36 ? await em.findOne(ImportJob, { id }) : null;
  if (!job || !canSee(viewer, job)) throw new AppError(ERROR_CODES.NOT_FOUND, '没有这个导入任务。No such import job.');
  const files = await em.find(ImportJobFile, { jobId: id }, { orderBy: { seq: 'asc' } });
  return jobView(job, files, live(id), locale);
}

/** The newest jobs the viewer may see, with their files (the import history). */
export async function listJobs(
  em: EntityManager, viewer: Viewer, limit: number, live: (id: string) => LiveProgress | null, locale: TextLocale | null,
): Promise<JobView[]> {
  const where = viewer.role === 'INGEST' ? { createdById: viewer.userId } : {};
  const jobs = await em.find(ImportJob, where, { orderBy: { createdAt: 'desc', id: 'desc' }, limit });
  const files = jobs.length ? await em.find(ImportJobFile, { jobId: { $in: jobs.map((j) => j.id) } }, { orderBy: { seq: 'asc' } }) : [];
  return jobs.map((job) => jobView(job, files.filter((f) => f.jobId === job.id), live(job.id), locale));
}
