import { createHash, randomUUID } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { MikroORM } from '@mikro-orm/core';
import express, { type NextFunction, type Request, type Response, type Router } from 'express';
import type { AppConfig } from '../../config.js';
import { AppError, ERROR_CODES, type ErrorCode } from '../../errors.js';
import { assertCanSeeUnitDetails, requireViewer } from '../../graphql/authorization.js';
import type { Viewer } from '../../graphql/context.js';
import { viewerFromRequest } from '../../graphql/viewer.js';
import { sendError } from '../../http/errors.js';
import { logger } from '../../logger.js';
import { audit, type AuditActor } from '../audit/audit.service.js';
import { checkFileName, detectFileKind } from './file-types.js';
import { AppealRow, EvidenceFileRow, RemediationEventRow, RemediationItemRow } from './remediation.entities.js';

const STATUS: Partial<Record<ErrorCode, number>> = {
  UNAUTHENTICATED: 401, FORBIDDEN: 403, FILE_REJECTED: 400, PAYLOAD_TOO_LARGE: 413, INVALID_TRANSITION: 409,
  REMEDIATION_NOT_FOUND: 404, APPEAL_NOT_FOUND: 404, FILE_NOT_FOUND: 404, BAD_REQUEST: 400,
};

function fail(res: Response, err: unknown): void {
  if (err instanceof AppError) return sendError(res, STATUS[err.code] ?? 400, err.code, err.message);
  logger.error({ err }, 'evidence file request failed');
  sendError(res, 500, ERROR_CODES.INTERNAL, '服务器内部错误。Internal error.');
}

function rejected(message: string): AppError {
  return new AppError(ERROR_CODES.FILE_REJECTED, message);
}

const NAME_PROBLEMS: Record<string, string> = {
  length: '文件名为空或超过 200 字。The file name is empty or longer than 200 characters.',
  path: '文件名不能包含路径或控制字符（/ \\ .. : 等）。The file name must not hold path or control characters (/ \\ .. : …).',
  type: '只接受 PDF、PNG、JPEG 和 Office 文档（doc/docx/xls/xlsx/ppt/pptx）。Only PDF, PNG, JPEG and Office documents are accepted.',
};

/** The subject a file belongs to, if the viewer may add files to it. */
async function uploadTarget(orm: MikroORM, viewer: Viewer, kind: string, id: string): Promise<{ subjectType: 'ITEM' | 'APPEAL'; unitCode: string }> {
  const em = orm.em.fork();
  if (kind === 'items') {
    const item = await em.findOne(RemediationItemRow, { id }, { disableIdentityMap: true });
    if (!item) throw new AppError(ERROR_CODES.REMEDIATION_NOT_FOUND, `整改事项 ${id} 不存在。Remediation item ${id} does not exist.`);
    assertCanSeeUnitDetails(viewer, item.unitCode);
    if (viewer.role !== 'UNIT' && viewer.role !== 'ASSESSOR') throw new AppError(ERROR_CODES.FORBIDDEN, '您无权上传材料。You are not allowed to upload files here.');
    if (item.state === 'VERIFIED') throw new AppError(ERROR_CODES.INVALID_TRANSITION, '已验收的整改事项不能再上传材料。A verified item takes no more files.');
    return { subjectType: 'ITEM', unitCode: item.unitCode };
  }
  const appeal = await em.findOne(AppealRow, { id }, { disableIdentityMap: true });
  if (!appeal) throw new AppError(ERROR_CODES.APPEAL_NOT_FOUND, `申诉 ${id} 不存在。Appeal ${id} does not exist.`);
  assertCanSeeUnitDetails(viewer, appeal.unitCode);
  if (viewer.role !== 'UNIT') throw new AppError(ERROR_CODES.FORBIDDEN, '只有申诉单位可以上传申诉材料。Only the appealing unit uploads files to an appeal.');
  if (appeal.state !== 'PENDING') throw new AppError(ERROR_CODES.INVALID_TRANSITION, '申诉已处理，不能再上传材料。The appeal is decided: no more files.');
  return { subjectType: 'APPEAL', unitCode: appeal.unitCode };
}

/**
 * Evidence files of remediation items and appeals (SPEC §7):
 *   POST /api/files/items/:id, /api/files/appeals/:id — the raw bytes as the body, the name in
 *     X-File-Name (URI-encoded). The custom header makes a cross-site request need a CORS preflight,
 *     which this server never grants: the CSRF defence, like Apollo's for /graphql.
 *   GET /api/files/:fileId — the bytes, as an attachment, to those who may see the item or appeal.
 * Files are stored in FILES_DIR under their id (never under the web root, never under the given name).
 */
export function evidenceFilesRouter(orm: MikroORM, config: AppConfig): Router {
  mkdirSync(config.filesDir, { recursive: true });
  const router = express.Router();
  const body = express.raw({ type: () => true, limit: config.uploadMaxBytes });
  const viewerOf = async (req: Request): Promise<Viewer> => requireViewer(await viewerFromRequest(orm.em.fork(), req, config.sessionIdleHours));

  /** Signed in first (an anonymous body is never read), then the body up to the size limit. */
  const readBody = (req: Request, res: Response, next: NextFunction) => {
    if (typeof req.headers['x-file-name'] !== 'string') return sendError(res, 400, ERROR_CODES.BAD_REQUEST, '缺少 X-File-Name 请求头。The X-File-Name header is missing.');
    viewerOf(req).then((viewer) => {
      res.locals.fileViewer = viewer;
      body(req, res, (err?: unknown) => {
        if ((err as { type?: string } | undefined)?.type === 'entity.too.large') {
          const mb = Math.round((config.uploadMaxBytes / 1024 / 1024) * 100) / 100;
          return sendError(res, 413, ERROR_CODES.PAYLOAD_TOO_LARGE, `文件超过 ${mb} MB。The file is larger than ${mb} MB (UPLOAD_MAX_MB).`);
        }
        if (err) return next(err);
        next();
      });
    }).catch((err: unknown) => fail(res, err));
  };
  const upload = (kind: 'items' | 'appeals') => (req: Request, res: Response) => {
    void (async () => {
      const viewer = res.locals.fileViewer as Viewer;
      const id = String(req.params.id);
      const target = await uploadTarget(orm, viewer, kind, id);
      let rawName: string;
      try {
        rawName = decodeURIComponent(String(req.headers['x-file-name']));
      } catch {
        throw rejected(NAME_PROBLEMS.path!);
      }
      const checked = checkFileName(rawName);
      if ('problem' in checked) throw rejected(NAME_PROBLEMS[checked.problem]!);
      const bytes = Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0);
      if (!bytes.length) throw rejected('文件为空。The file is empty.');
      const fileKind = detectFileKind(bytes, checked.extension);
      if (!fileKind) throw rejected(`文件内容不是 .${checked.extension} 文件。The content is not a .${checked.extension} file (only PDF, PNG, JPEG and Office documents are accepted).`);
      const fileId = randomUUID();
      const tmp = join(config.filesDir, `${fileId}.part`);
      await writeFile(tmp, bytes, { flag: 'wx' });
      const actor: AuditActor = { userId: viewer.userId, username: viewer.username, ip: req.ip ?? null, requestId: String(res.locals.requestId ?? '') || null };
      const row = {
        id: fileId, subjectType: target.subjectType, subjectId: id, unitCode: target.unitCode, name: checked.name, contentType: fileKind.contentType,
        size: bytes.length, sha256: createHash('sha256').update(bytes).digest('hex'), uploadedAt: new Date().toISOString(), uploadedBy: viewer.username,
      };
      try {
        await orm.em.fork().transactional(async (tx) => {
          await tx.insert(EvidenceFileRow, row);
          await tx.insert(RemediationEventRow, { id: randomUUID(), subjectType: target.subjectType, subjectId: id, at: row.uploadedAt, actor: viewer.username, kind: 'FILE', note: checked.name, fileId });
          await audit(tx, { actor, action: target.subjectType === 'ITEM' ? 'remediation/file' : 'appeal/file', entityType: target.subjectType === 'ITEM' ? 'remediation-item' : 'appeal', entityId: id, after: { fileId, name: row.name, size: row.size, sha256: row.sha256, contentType: row.contentType } });
        });
        await rename(tmp, join(config.filesDir, fileId));
      } catch (err) {
        await rm(tmp, { force: true });
        throw err;
      }
      res.status(201).json({ id: fileId, name: row.name, size: row.size, contentType: row.contentType, sha256: row.sha256 });
    })().catch((err: unknown) => fail(res, err));
  };
  router.post('/items/:id', readBody, upload('items'));
  router.post('/appeals/:id', readBody, upload('appeals'));

  router.get('/:fileId', (req: Request, res: Response) => {
    void (async () => {
      const viewer = await viewerOf(req);
      const fileId = String(req.params.fileId);
      const row = /^[0-9a-f-]{36}$/.test(fileId) ? await orm.em.fork().findOne(EvidenceFileRow, { id: fileId }, { disableIdentityMap: true }) : null;
      if (!row) throw new AppError(ERROR_CODES.FILE_NOT_FOUND, '文件不存在。The file does not exist.');
      assertCanSeeUnitDetails(viewer, row.unitCode);
      const bytes = await readFile(join(config.filesDir, row.id));
      res.setHeader('Content-Type', row.contentType);
      res.setHeader('Content-Disposition', `attachment; filename="file.${row.name.split('.').pop()}"; filename*=UTF-8''${encodeURIComponent(row.name)}`);
      res.setHeader('Cache-Control', 'private, no-store');
      res.send(bytes);
    })().catch((err: unknown) => fail(res, err));
  });
  return router;
}
