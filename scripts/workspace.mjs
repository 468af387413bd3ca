#!/usr/bin/env node
// The root commands (README): `npm start`, `npm test`, `pnpm import …`, `pnpm generate …`, `pnpm bench`.
// Only Node built-ins here: this script runs before anything is installed. It installs the workspace
// with the pinned pnpm, builds what is stale, then runs the requested command.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const PNPM = 'pnpm@12.4.2';
const [command = 'start', ...args] = process.argv.slice(2);

/** Environment for installs: better-sqlite3 compiles from source against Node's local headers. */
function installEnv() {
  const env = { ...process.env, COREPACK_ENABLE_STRICT: '0' };
  if (!env.npm_config_nodedir && existsSync('/usr/include/node/node.h')) env.npm_config_nodedir = '/usr';
  return env;
}

function run(cmd, cmdArgs, options = {}) {
  const result = spawnSync(cmd, cmdArgs, { cwd: root, stdio: 'inherit', ...options });
  if (result.error) throw result.error;
  return result.status ?? 1;
}

function must(status, what) {
  if (status !== 0) {
    console.error(`\n✗ ${what} failed (exit ${status})`);
    process.exit(status);
  }
}

function pnpm(pnpmArgs, options = {}) {
  return run('npx', ['-y', PNPM, ...pnpmArgs], { env: installEnv(), ...options });
}

function newestMtime(path) {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of readdirSync(path)) {
    if (entry === 'node_modules' || entry === 'dist') continue;
    newest = Math.max(newest, newestMtime(join(path, entry)));
  }
  return newest;
}

function ensureInstalled() {
  const marker = join(root, 'node_modules', '.modules.yaml');
  const lock = join(root, 'pnpm-lock.yaml');
  if (existsSync(marker) && statSync(marker).mtimeMs >= statSync(lock).mtimeMs) return;
  console.log(`→ installing dependencies with ${PNPM} (first time: ~2 minutes, better-sqlite3 compiles)`);
  must(pnpm(['install', '--frozen-lockfile']), 'install');
}

/** Rebuilds a package when any of its inputs is newer than its last build stamp. */
function buildPackage(name, inputs, buildArgs) {
  const dir = join(root, name);
  const stamp = join(dir, 'dist', '.build-stamp');
  const newest = Math.max(...inputs.map((p) => newestMtime(join(dir, p))), newestMtime(join(root, 'shared', 'src')));
  if (existsSync(stamp) && statSync(stamp).mtimeMs >= newest) return;
  console.log(`→ building ${name}`);
  must(pnpm(['--filter', `@scorecard/${name}`, 'run', ...buildArgs]), `build of ${name}`);
  mkdirSync(dirname(stamp), { recursive: true });
  writeFileSync(stamp, new Date().toISOString());
}

function build() {
  ensureInstalled();
  buildPackage('shared', ['src', 'tsconfig.json', 'package.json'], ['build']);
  buildPackage('server', ['src', 'tsconfig.json', 'package.json'], ['build']);
  buildPackage('client', ['src', 'index.html', 'vite.config.ts', 'package.json', 'public'], ['build']);
}

/** Runs one package's vitest suite and returns its counts from vitest's JSON report. */
function vitest(pkg, extraArgs = [], env = process.env) {
  const out = join(root, 'test-artifacts', `${pkg.replace(/\W+/g, '-')}.json`);
  mkdirSync(dirname(out), { recursive: true });
  const status = pnpm(
    ['--filter', `@scorecard/${pkg.split(':')[0]}`, 'exec', 'vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${out}`, ...extraArgs],
    { env: { ...installEnv(), ...env } },
  );
  let passed = 0;
  let failed = 0;
  if (existsSync(out)) {
    const report = JSON.parse(readFileSync(out, 'utf8'));
    passed = report.numPassedTests ?? 0;
    failed = (report.numFailedTests ?? 0) + filesThatFailedToRun(report);
  }
  if (status !== 0 && failed === 0) failed = 1; // a crash before any test reported still fails the run
  return { pkg, passed, failed, status };
}

/** A file that failed without a failed test (import error, crash in a hook) counts as one failure. */
function filesThatFailedToRun(report) {
  return (report.testResults ?? []).filter(
    (r) => r.status === 'failed' && !(r.assertionResults ?? []).some((a) => a.status === 'failed'),
  ).length;
}

function test() {
  build();
  const suites = [vitest('shared'), vitest('server'), vitest('client')];
  const e2e = join(root, 'client', 'vitest.e2e.config.ts');
  if (existsSync(e2e)) suites.push(vitest('client:e2e', ['--config', 'vitest.e2e.config.ts']));
  console.log('\nSuites:');
  for (const s of suites) console.log(`  ${s.pkg.padEnd(12)} ${s.passed} passed, ${s.failed} failed`);
  const passed = suites.reduce((n, s) => n + s.passed, 0);
  const failed = suites.reduce((n, s) => n + s.failed, 0);
  console.log(`\n${passed} passed, ${failed} failed`);
  process.exit(failed > 0 ? 1 : 0);
}

function node(script, scriptArgs, env = {}) {
  return run(process.execPath, [script, ...scriptArgs], {
    env: { ...process.env, INIT_CWD: process.env.INIT_CWD ?? process.cwd(), ...env },
  });
}

switch (command) {
  case 'install':
    ensureInstalled();
    break;
  case 'build':
    build();
    break;
  case 'start':
    build();
    process.exit(node(join(root, 'server', 'dist', 'main.js'), args));
    break;
  case 'dev':
    build();
    console.log('→ dev: server on :4000 (restarts on rebuild), client with hot reload on :5173');
    run('npx', ['-y', PNPM, '--parallel', '--filter', '@scorecard/server', '--filter', '@scorecard/client', 'run', 'dev'], { env: installEnv() });
    break;
  case 'test':
    test();
    break;
  case 'import':
  case 'generate':
    build();
    process.exit(node(join(root, 'server', 'dist', 'cli', `${command}.js`), args));
    break;
  case 'user':
    build();
    process.exit(node(join(root, 'server', 'dist', 'cli', 'user.js'), args));
    break;
  case 'bench':
    build();
    process.exit(node(join(root, 'server', 'dist', 'cli', 'bench.js'), args));
    break;
  default:
    console.error(`unknown command ${command}; see README.md (${relative(process.cwd(), root) || '.'})`);
    process.exit(2);
}
