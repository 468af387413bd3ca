import { openDatabase } from '../db/orm.js';
import { freshDatabase } from './database.js';
import type { Figure } from './figures.js';
import { createBenchUser, PASSWORD, post, startServer } from './load.js';
import { benchUpload, type UploadBench } from './upload.js';
import { rankingScriptBytes, type WireBytes } from './wire-bytes.js';

export interface UploadRun {
  upload: UploadBench;
  wire: WireBytes;
}

const MB = 1024 * 1024;

/**
 * Issue 13's figures on a fresh database of their own: a server (its own process, serving the
 * built client) receives a `rows`-row upload through POST /api/imports while it answers rankings;
 * then headless Chromium loads the ranking page and counts its script bytes on the wire.
 */
export async function runUploadBench(
  kind: 'sqlite' | 'postgresql', workDir: string, adminUrl: string, rows: number, child: boolean,
): Promise<UploadRun> {
  const db = await freshDatabase(kind, workDir, 'upload', adminUrl);
  try {
    const orm = await openDatabase(db.url);
    const username = await createBenchUser(orm, 'ASSESSOR');
    await orm.close(true);
    const server = await startServer(db.url, child);
    try {
      const token = ((await post(server.base, {
        query: 'mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token } }', variables: { u: username, p: PASSWORD },
      })).login as { token: string }).token;
      const upload = await benchUpload(server, token, workDir, rows);
      const wire = await rankingScriptBytes(server.base, token, '2023-03');
      return { upload, wire };
    } finally {
      await server.stop();
    }
  } finally {
    await db.drop();
  }
}

export function uploadFigures(run: UploadRun | null): Figure[] {
  const u = run?.upload;
  const w = run?.wire;
  const rowsLabel = u ? u.rows.toLocaleString('en-US') : '';
  return [
    { id: 'upload.serverPeakRssMB', label: `upload of ${rowsLabel} rows: server peak memory (RSS)`, unit: 'MB',
      measured: u?.serverPeakRssBytes != null ? u.serverPeakRssBytes / MB : null, target: { op: '<=', value: 512 },
      note: u ? `${u.state}, ${(u.bytes / MB).toFixed(0)} MB file` : 'not run' },
    { id: 'upload.rowsPerSecond', label: 'upload → job done (rows/s)', unit: 'rows/s', measured: u ? u.rows / u.seconds : null, target: null },
    { id: 'upload.rankingP99Ms', label: 'ranking p99 while that import runs', unit: 'ms', measured: u ? u.rankingDuringImport.p99Ms : null,
      target: { op: '<=', value: 1000 },
      note: u ? `${u.rankingDuringImport.count} requests, ${u.rankingDuringImport.failed} failed, p50 ${u.rankingDuringImport.p50Ms.toFixed(0)} ms` : undefined },
    { id: 'upload.rankingFailed', label: 'ranking requests failed during the import', unit: '', measured: u ? u.rankingDuringImport.failed : null,
      target: { op: '<=', value: 0 } },
    { id: 'browser.rankingScriptKB', label: 'ranking page script bytes on the wire (Chromium)', unit: 'KB',
      measured: w?.scriptBytes != null ? w.scriptBytes / 1024 : null, target: { op: '<=', value: 250 },
      note: w?.note ?? (w ? `${w.scripts} scripts, ${((w.decodedScriptBytes ?? 0) / 1024).toFixed(0)} KB decoded, ${w.encodings.join('/')}` : undefined) },
  ];
}
