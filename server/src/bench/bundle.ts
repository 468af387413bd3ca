import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface BundleSize {
  /** Initial JS of the ranking page, gzip bytes: index.html's entry and modulepreloads plus the route's chunks. */
  rankingGzipBytes: number;
  /** index.html's entry script and modulepreload chunks only. */
  indexHtmlGzipBytes: number;
  chunks: number;
  built: boolean;
}

interface ManifestChunk {
  file: string;
  isEntry?: boolean;
  imports?: string[];
}

/** The lazily loaded modules the ranking route needs before it renders (as client/scripts/bundle-size.mjs). */
const RANKING_ROUTE = ['src/features/layout/AppLayout.vue', 'src/features/ranking/RankingPage.vue'];

function buildClient(root: string): boolean {
  const r = spawnSync('npx', ['-y', 'pnpm@12.4.2', '--filter', '@scorecard/client', 'run', 'build'], { cwd: root, stdio: 'inherit' });
  return r.status === 0;
}

/** Gzip size (level 9, what a server would send) of the ranking page's initial JS in client/dist. */
export function rankingBundleSize(root: string, buildIfMissing: boolean): BundleSize | null {
  const dist = join(root, 'client', 'dist');
  let built = false;
  if (!existsSync(join(dist, 'index.html'))) {
    if (!buildIfMissing || !buildClient(root)) return null;
    built = true;
  }
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const fromHtml = new Set<string>();
  for (const m of html.matchAll(/<(?:script[^>]*\bsrc|link[^>]*rel="modulepreload"[^>]*\bhref)="\/?([^"]+\.js)"/g)) fromHtml.add(m[1]);
  const files = new Set(fromHtml);
  const manifestPath = join(dist, '.vite', 'manifest.json');
  if (existsSync(manifestPath)) {
    const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as Record<string, ManifestChunk>;
    const visited = new Set<string>();
    const collect = (key: string): void => {
      const chunk = manifest[key];
      if (!chunk || visited.has(key)) return;
      visited.add(key);
      files.add(chunk.file);
      for (const dep of chunk.imports ?? []) collect(dep);
    };
    for (const key of RANKING_ROUTE) collect(key);
  }
  const gz = (file: string): number => gzipSync(readFileSync(join(dist, file)), { level: 9 }).length;
  const sum = (set: Set<string>): number => [...set].filter((f) => f.endsWith('.js')).reduce((n, f) => n + gz(f), 0);
  return { rankingGzipBytes: sum(files), indexHtmlGzipBytes: sum(fromHtml), chunks: files.size, built };
}
