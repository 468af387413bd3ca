import { execFile, execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT } from '../db/orm.js';

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/**
 * Runs a compiled command-line tool of the server (server/dist/cli/<name>.js) as a child process,
 * as `pnpm <name>` does, and collects its exit status and output.
 */
export function runCli(name: string, args: string[], env: NodeJS.ProcessEnv): Promise<CliRun> {
  ensureServerBuilt();
  return new Promise((resolve) => {
    execFile(process.execPath, [join(REPO_ROOT, 'server', 'dist', 'cli', `${name}.js`), ...args],
      { env: { ...process.env, LOG_LEVEL: 'silent', ...env }, timeout: 120_000 }, (err, stdout, stderr) => {
        const code = err && typeof (err as { code?: unknown }).code === 'number' ? (err as { code: number }).code : err ? -1 : 0;
        resolve({ code, stdout: String(stdout), stderr: String(stderr) });
      });
  });
}

/** Builds shared and server when their sources are newer than the server's last build (npm test builds first). */
function ensureServerBuilt(): void {
  const stamp = join(REPO_ROOT, 'server', 'dist', '.build-stamp');
  const built = existsSync(stamp) ? statSync(stamp).mtimeMs : 0;
  const sources = Math.max(newest(join(REPO_ROOT, 'shared', 'src')), newest(join(REPO_ROOT, 'server', 'src')));
  if (built >= sources) return;
  for (const pkg of ['shared', 'server']) {
    execFileSync('npx', ['-y', 'pnpm@12.4.2', '--filter', `@scorecard/${pkg}`, 'run', 'build'], { cwd: REPO_ROOT, stdio: 'ignore' });
  }
  writeFileSync(stamp, new Date().toISOString());
}

function newest(path: string): number {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(path).reduce((m, entry) => Math.max(m, newest(join(path, entry))), stat.mtimeMs);
}
