// Initial JS (gzip) of a route: the entry chunk, the lazily loaded chunks the route needs before it can
// render (layout + page), and all of their static imports. Reads the Vite manifest of `vite build`.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';

const dist = new URL('../dist/', import.meta.url).pathname;
const manifest = JSON.parse(readFileSync(join(dist, '.vite/manifest.json'), 'utf8'));
const BUDGET_KB = 250;

const routes = {
  login: ['src/features/auth/LoginPage.vue'],
  ranking: ['src/features/layout/AppLayout.vue', 'src/features/ranking/RankingPage.vue'],
  unit: ['src/features/layout/AppLayout.vue', 'src/features/unit/UnitPage.vue'],
  compare: ['src/features/layout/AppLayout.vue', 'src/features/compare/ComparePage.vue'],
  bigscreen: ['src/features/bigscreen/BigScreenPage.vue'],
};

function collect(key, seen) {
  const chunk = manifest[key];
  if (!chunk || seen.has(chunk.file)) return;
  seen.add(chunk.file);
  for (const dep of chunk.imports ?? []) collect(dep, seen);
}

const gz = (file) => gzipSync(readFileSync(join(dist, file)), { level: 9 }).length;
const kb = (bytes) => (bytes / 1024).toFixed(1);
const entry = Object.keys(manifest).find((k) => manifest[k].isEntry);
let over = false;
for (const [name, pages] of Object.entries(routes)) {
  const files = new Set();
  collect(entry, files);
  for (const page of pages) collect(page, files);
  const js = [...files].filter((f) => f.endsWith('.js'));
  const total = js.reduce((sum, f) => sum + gz(f), 0);
  if (name === 'ranking' && total / 1024 > BUDGET_KB) over = true;
  console.log(`${name.padEnd(10)} initial JS ${kb(total).padStart(6)} KB gzip in ${js.length} chunks`);
}
const charts = Object.values(manifest).find((c) => c.src === 'src/components/ChartView.vue');
if (charts)
  console.log(
    `charts     lazy chunk ${kb(gz(charts.file)).padStart(6)} KB gzip (ECharts, loaded with the first chart)`,
  );
if (over) {
  console.error(`ranking page initial JS is over the ${BUDGET_KB} KB budget`);
  process.exit(1);
}
