import { fork, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/**
 * The compiled sibling module `name` (e.g. `import-child.js`) when the bench runs from dist/;
 * null when it runs from TypeScript sources (vitest), where steps fall back to running in-process.
 */
export function childModule(name: string): string | null {
  const path = fileURLToPath(new URL(`./${name}`, import.meta.url));
  return import.meta.url.endsWith('.js') && existsSync(path) ? path : null;
}

export interface ChildMessage<T> {
  ok: boolean;
  run?: T;
  port?: number;
  /** Server child: seconds from start until the ranking warm-up was done. */
  warmSeconds?: number;
  error?: string;
}

/** Forks a module and resolves with its first message (which must say ok). */
export function forkForMessage<T>(
  module: string,
  args: string[],
  env: NodeJS.ProcessEnv = process.env,
): Promise<{ child: ChildProcess; message: ChildMessage<T> }> {
  return new Promise((resolve, reject) => {
    const child = fork(module, args, { env, stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
    let done = false;
    child.once('message', (m) => {
      done = true;
      const message = m as ChildMessage<T>;
      if (message.ok) resolve({ child, message });
      else reject(new Error(`${module}: ${message.error ?? 'failed'}`));
    });
    child.once('exit', (code) => {
      if (!done) reject(new Error(`${module} exited with ${code} before reporting`));
    });
    child.once('error', reject);
  });
}
