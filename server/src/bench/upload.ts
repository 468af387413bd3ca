import { createReadStream, mkdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { request } from 'node:http';
import { basename, join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { RANKING_QUERY } from './queries.js';
import { uploadData } from './upload-data.js';

/** What the upload step measured: the server's memory through a large upload, and its answers meanwhile. */
export interface UploadBench {
  rows: number;
  bytes: number;
  /** From the first byte sent to the job being done. */
  seconds: number;
  state: string;
  /** The server process's RSS high-water mark (VmHWM) over its whole life, this upload included. */
  serverPeakRssBytes: number | null;
  /** Its RSS just before the large upload (after start, warm-up and the small files). */
  serverRssBeforeBytes: number | null;
  /** Ranking requests answered while the import ran (4 at a time, periods and scopes varied). */
  rankingDuringImport: { count: number; failed: number; firstFailure: string | null; p50Ms: number; p99Ms: number; maxMs: number };
}

interface Server {
  base: string;
  pid: number | null;
}

/** Streams one file as multipart/form-data (field `files`) to POST /api/imports; resolves with the job id. */
function postFile(base: string, token: string, path: string): Promise<string> {
  const boundary = `----bench${Date.now().toString(16)}`;
  const head = Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="files"; filename="${basename(path)}"\r\nContent-Type: text/csv\r\n\r\n`);
  const tail = Buffer.from(`\r\n--${boundary}--\r\n`);
  const length = head.length + statSync(path).size + tail.length;
  return new Promise((resolve, reject) => {
    const req = request(`${base}/api/imports`, {
      method: 'POST',
      headers: { 'content-type': `multipart/form-data; boundary=${boundary}`, 'content-length': length, authorization: `Bearer ${token}` },
    }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => {
        const text = Buffer.concat(chunks).toString('utf8');
        if (res.statusCode === 202) resolve((JSON.parse(text) as { id: string }).id);
        else reject(new Error(`upload of ${basename(path)}: ${res.statusCode} ${text.slice(0, 300)}`));
      });
    });
    req.on('error', reject);
    req.write(head);
    pipeline(createReadStream(path), req, { end: false }).then(() => req.end(tail), reject);
  });
}

async function jobState(base: string, token: string, id: string): Promise<string> {
  for (let attempt = 1; ; attempt++) {
    try {
      const res = await fetch(`${base}/api/imports/${id}`, { headers: { authorization: `Bearer ${token}` } });
      return ((await res.json()) as { state: string }).state;
    } catch (err) {
      // A kept-alive socket the server closed meanwhile (ECONNRESET): ask again on a new one.
      if (attempt >= 3) throw err;
    }
  }
}

async function waitDone(base: string, token: string, id: string): Promise<string> {
  for (;;) {
    const state = await jobState(base, token, id);
    if (state !== 'queued' && state !== 'running') return state;
    await new Promise((r) => setTimeout(r, 200));
  }
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

/** VmRSS of a process of this machine (Linux), or null. */
function processRss(pid: number | null): number | null {
  return procStatus(pid, 'VmRSS');
}

/** VmHWM (RSS high-water mark) of a process of this machine (Linux), or null. */
export function processPeakRss(pid: number | null): number | null {
  return procStatus(pid, 'VmHWM');
}

function procStatus(pid: number | null, field: string): number | null {
  if (!pid) return null;
  try {
    const m = new RegExp(`${field}:\\s+(\\d+) kB`).exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) * 1024 : null;
  } catch {
    return null;
  }
}

/**
 * Uploads units and resources, then a data_calls file of `rows` rows through POST /api/imports of a
 * running server, and while that job runs asks for rankings (4 at a time) and times each answer.
 */
export async function benchUpload(server: Server, token: string, workDir: string, rows: number): Promise<UploadBench> {
  const dir = join(workDir, 'upload');
  mkdirSync(dir, { recursive: true });
  const data = await uploadData(dir, rows);
  try {
    for (const f of [data.units, data.resources, data.seed]) {
      const state = await waitDone(server.base, token, await postFile(server.base, token, f));
      if (state !== 'done') throw new Error(`${basename(f)}: ${state}`);
    }
    const rssBefore = processRss(server.pid);
    const t0 = performance.now();
    const id = await postFile(server.base, token, data.calls);
    const latencies: number[] = [];
    let failed = 0;
    let firstFailure: string | null = null;
    let running = true;
    const periods = ['2023-01', '2023-02', '2023-03', '2023-Q1'];
    const scopes = ['ALL', 'MUNICIPAL', 'DISTRICT'];
    const worker = async (w: number): Promise<void> => {
      for (let i = w; running; i += 4) {
        const t = performance.now();
        try {
          const res = await fetch(`${server.base}/graphql`, {
            method: 'POST',
            headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
            body: JSON.stringify({ query: RANKING_QUERY, variables: { period: periods[i % periods.length], scope: scopes[i % scopes.length], withSubIndicators: false } }),
          });
          const body = (await res.json()) as { errors?: unknown[] };
          if (!res.ok || body.errors) {
            failed++;
            if (failed === 1) firstFailure = JSON.stringify(body).slice(0, 300);
          }
        } catch {
          failed++;
        }
        latencies.push(performance.now() - t);
        await new Promise((r) => setTimeout(r, 20));
      }
    };
    const workers = [0, 1, 2, 3].map(worker);
    const state = await waitDone(server.base, token, id);
    running = false;
    await Promise.all(workers);
    const seconds = (performance.now() - t0) / 1000;
    const sorted = [...latencies].sort((a, b) => a - b);
    return {
      rows, bytes: statSync(data.calls).size, seconds, state, serverPeakRssBytes: processPeakRss(server.pid), serverRssBeforeBytes: rssBefore,
      rankingDuringImport: { count: sorted.length, failed, firstFailure, p50Ms: percentile(sorted, 50), p99Ms: percentile(sorted, 99), maxMs: sorted.at(-1) ?? 0 },
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
