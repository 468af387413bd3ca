import { resolve } from 'node:path';
import { REPO_ROOT } from '../db/orm.js';
import { PRESETS } from '../modules/demo/index.js';

export interface BenchOptions {
  preset: string;
  db: 'sqlite' | 'postgresql';
  /** PostgreSQL server to create the fresh bench database on (admin URL). */
  postgresAdminUrl: string;
  /** bench/ at the repository root: results.json, work/ (generated data, databases). */
  benchDir: string;
  connections: number;
  /** Seconds of load per GraphQL query. */
  durationSeconds: number;
  whatIfUnits: number;
  /** Generate and open the database, then stop (the province preset here: a dry start). */
  dryRun: boolean;
  /** Keep the bench database (SQLite file or PostgreSQL database) after the run. */
  keepDatabase: boolean;
  /** Run the import and the server in child processes (honest RSS, server off the load generator's thread). */
  childProcesses: boolean;
  log: (line: string) => void;
}

export const USAGE = `pnpm bench [--preset city-year|smoke|demo|province] [--db sqlite|postgres]
           [--connections 32] [--duration 10] [--what-if-units 5000] [--dry-run] [--keep-db]
  writes bench/results.json; PostgreSQL: BENCH_POSTGRES_URL | TEST_POSTGRES_URL | postgres://postgres@127.0.0.1:5432/test`;

export function defaultPostgresUrl(env: NodeJS.ProcessEnv = process.env): string {
  return env.BENCH_POSTGRES_URL || env.TEST_POSTGRES_URL || 'postgres://postgres@127.0.0.1:5432/test';
}

function value(args: string[], i: number, name: string): string {
  const v = args[i + 1];
  if (v === undefined || v.startsWith('--')) throw new Error(`${name} needs a value\n${USAGE}`);
  return v;
}

function positive(v: string, name: string): number {
  const n = Number(v);
  if (!Number.isFinite(n) || n <= 0) throw new Error(`${name} must be a positive number, got ${v}`);
  return n;
}

export function parseBenchArgs(args: string[], env: NodeJS.ProcessEnv = process.env): BenchOptions {
  const o: BenchOptions = {
    preset: 'city-year',
    db: 'sqlite',
    postgresAdminUrl: defaultPostgresUrl(env),
    benchDir: resolve(REPO_ROOT, 'bench'),
    connections: 32,
    durationSeconds: 10,
    whatIfUnits: 5000,
    dryRun: false,
    keepDatabase: false,
    childProcesses: true,
    log: (line) => process.stderr.write(`${line}\n`),
  };
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    switch (a) {
      case '--preset': o.preset = value(args, i++, a); break;
      case '--db': {
        const d = value(args, i++, a);
        if (d === 'sqlite') o.db = 'sqlite';
        else if (d === 'postgres' || d === 'postgresql') o.db = 'postgresql';
        else throw new Error(`--db is sqlite or postgres, got ${d}`);
        break;
      }
      case '--connections': o.connections = positive(value(args, i++, a), a); break;
      case '--duration': o.durationSeconds = positive(value(args, i++, a), a); break;
      case '--what-if-units': o.whatIfUnits = positive(value(args, i++, a), a); break;
      case '--bench-dir': o.benchDir = resolve(value(args, i++, a)); break;
      case '--dry-run': o.dryRun = true; break;
      case '--keep-db': o.keepDatabase = true; break;
      case '--in-process': o.childProcesses = false; break;
      case '-h': case '--help': throw new Error(USAGE);
      default: throw new Error(`unknown option ${a}\n${USAGE}`);
    }
  }
  // The smoke preset checks that every step runs, quickly: a second of light load is enough.
  if (o.preset === 'smoke') {
    if (!args.includes('--connections')) o.connections = 4;
    if (!args.includes('--duration')) o.durationSeconds = 1;
  }
  if (!PRESETS[o.preset]) throw new Error(`unknown preset ${o.preset} (one of ${Object.keys(PRESETS).join(', ')})`);
  return o;
}
