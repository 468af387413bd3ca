import { isIP } from 'node:net';
import { resolve } from 'node:path';
import { DEFAULT_REMEDIATION_DEADLINE_DAYS, parseDateValue } from '@scorecard/shared';
import { LOG_LEVELS } from './logger.js';
import { validateNewPassword } from './modules/accounts/passwords.js';

/** Runtime configuration, read once from the environment (README "Configuration", docs/deployment.md). */
export interface AppConfig {
  port: number;
  host: string;
  databaseUrl: string | undefined;
  demoData: boolean;
  production: boolean;
  adminPassword: string | undefined;
  demoPassword: string;
  sessionIdleHours: number;
  /** Compute the latest periods' rankings in the background after start and after imports (WARM_UP=false: off). */
  warmUp: boolean;
  /** Directory of the built client served at `/`. */
  clientDist: string;
  /** Express `trust proxy`: false (default: the peer address counts), a hop count, or addresses/subnets. */
  trustProxy: false | number | string[];
  /** Deadline of one GraphQL operation (QUERY_TIMEOUT_SECONDS). */
  queryTimeoutMs: number;
  /**
   * SCORECARD_CLOCK: the date taken as today (YYYY-MM-DD) for the period in progress and the early
   * warning; null = the real date in Asia/Shanghai. For demonstrations and tests.
   */
  clock: string | null;
  /** IMPORT_MAX_MB: the largest file one upload may carry (POST /api/imports). */
  importMaxBytes: number;
  /** IMPORT_SPOOL_DIR: where uploads are spooled until their import job has run (default ./data/uploads). */
  importSpoolDir: string;
  /** REMEDIATION_DEADLINE_DAYS: working days from publication to a remediation item's deadline (default 20). */
  remediationDeadlineDays: number;
  /** FILES_DIR: where evidence files of remediation items and appeals are stored (default data/files, never under the web root). */
  filesDir: string;
  /** UPLOAD_MAX_MB: the largest evidence file accepted (default 10). */
  uploadMaxBytes: number;
}

export const DEFAULT_DEMO_PASSWORD = 'demo1234';

/** One setting that cannot be used, named so that the operator knows what to fix. */
export interface ConfigProblem {
  variable: string;
  problem: string;
}

/** Thrown by loadConfig with every problem at once; the server refuses to start. */
export class ConfigError extends Error {
  constructor(readonly problems: ConfigProblem[]) {
    super(`invalid configuration:\n${problems.map((p) => `  ${p.variable}: ${p.problem}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

const PROXY_NAMES = new Set(['loopback', 'linklocal', 'uniquelocal']);

/** What an operator may have typed, shown back at most this long (a password is never shown). */
function shown(value: string): string {
  return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
}

/**
 * Reads the environment; every variable is checked and a bad one is refused with its name
 * (SESSION_IDLE_HOURS=8h, PORT=abc, WARM_UP=maybe…), never silently replaced by a default.
 */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const problems: ConfigProblem[] = [];
  /** A set value (empty counts as unset), checked by `parse`, which returns a problem or the value. */
  function read<T>(variable: string, fallback: T, parse: (raw: string) => T | { problem: string }): T {
    const raw = env[variable];
    if (raw === undefined || raw === '') return fallback;
    const value = parse(raw);
    if (value !== null && typeof value === 'object' && 'problem' in value) {
      problems.push({ variable, problem: value.problem });
      return fallback;
    }
    return value as T;
  }

  const nodeEnv = read('NODE_ENV', 'development', (raw) =>
    ['production', 'development', 'test'].includes(raw) ? raw : { problem: `${shown(raw)} is not production, development or test` });
  const production = nodeEnv === 'production';
  read('LOG_LEVEL', 'info', (raw) =>
    (LOG_LEVELS as readonly string[]).includes(raw) ? raw : { problem: `${shown(raw)} is not one of ${LOG_LEVELS.join(', ')}` });
  read('LOG_FORMAT', 'auto', (raw) => (raw === 'json' || raw === 'pretty' ? raw : { problem: `${shown(raw)} is not json or pretty` }));
  read('ORM_DEBUG', false, boolean);
  const demoData = read('DEMO_DATA', true, boolean);
  const config: AppConfig = {
    port: read('PORT', 4000, port),
    host: read('HOST', '0.0.0.0', (raw) => (/^[A-Za-z0-9.:[\]-]+$/.test(raw) ? raw : { problem: `${shown(raw)} is not a host name or address` })),
    databaseUrl: read<string | undefined>('DATABASE_URL', undefined, databaseUrl),
    demoData: demoData && !production,
    production,
    adminPassword: read<string | undefined>('ADMIN_PASSWORD', undefined, password),
    demoPassword: read('DEMO_PASSWORD', DEFAULT_DEMO_PASSWORD, password),
    sessionIdleHours: read('SESSION_IDLE_HOURS', 8, hours),
    warmUp: read('WARM_UP', true, boolean),
    clientDist: read('CLIENT_DIST', new URL('../../client/dist', import.meta.url).pathname, (raw) => raw),
    trustProxy: read<AppConfig['trustProxy']>('TRUST_PROXY', false, trustProxy),
    queryTimeoutMs: read('QUERY_TIMEOUT_SECONDS', 10, (raw) => decimal(raw, 0.01, 600, 'seconds', '10 or 30')) * 1000,
    importMaxBytes: Math.floor(read('IMPORT_MAX_MB', 1024, (raw) => decimal(raw, 0.001, 65536, 'megabytes', '1024 or 200')) * 1024 * 1024),
    importSpoolDir: read('IMPORT_SPOOL_DIR', new URL('../../data/uploads', import.meta.url).pathname, (raw) => raw),
    clock: read<string | null>('SCORECARD_CLOCK', null, (raw) => parseDateValue(raw) ?? { problem: `${shown(raw)} is not a date like 2023-12-15` }),
    remediationDeadlineDays: read('REMEDIATION_DEADLINE_DAYS', DEFAULT_REMEDIATION_DEADLINE_DAYS, (raw) =>
      /^\d{1,3}$/.test(raw) && Number(raw) >= 1 && Number(raw) <= 250 ? Number(raw) : { problem: `${shown(raw)} is not a whole number of working days from 1 to 250 (e.g. 20)` }),
    filesDir: read('FILES_DIR', new URL('../../data/files', import.meta.url).pathname, (raw) => filesDir(raw)),
    uploadMaxBytes: Math.round(read('UPLOAD_MAX_MB', 10, (raw) => decimal(raw, 0.01, 100, 'megabytes', '10 or 25')) * 1024 * 1024),
  };
  if (config.filesDir === resolve(config.clientDist) || config.filesDir.startsWith(`${resolve(config.clientDist)}/`)) {
    problems.push({ variable: 'FILES_DIR', problem: `${shown(config.filesDir)} is inside CLIENT_DIST, the web root: evidence files must not be served as static files` });
  }
  if (problems.length) throw new ConfigError(problems);
  return config;
}

function boolean(raw: string): boolean | { problem: string } {
  if (raw === 'true') return true;
  if (raw === 'false') return false;
  return { problem: `${shown(raw)} is not true or false` };
}

function port(raw: string): number | { problem: string } {
  const n = Number(raw);
  return /^\d{1,5}$/.test(raw) && n <= 65535 ? n : { problem: `${shown(raw)} is not a port number (0–65535)` };
}

/** A positive decimal number within [min, max], written without a unit. */
function decimal(raw: string, min: number, max: number, unit: string, example: string): number | { problem: string } {
  const n = Number(raw);
  if (!/^\d+(\.\d+)?$/.test(raw) || !(n >= min) || n > max) {
    return { problem: `${shown(raw)} is not a number of ${unit} from ${min} to ${max} (e.g. ${example}, without a unit)` };
  }
  return n;
}

/** An absolute or relative directory (made absolute); never the file system root. */
function filesDir(raw: string): string | { problem: string } {
  const dir = resolve(raw);
  return dir === '/' ? { problem: 'is the file system root: give a directory such as /var/lib/scorecard/files' } : dir;
}

function hours(raw: string): number | { problem: string } {
  return decimal(raw, 0.01, 8760, 'hours', '8 or 0.5');
}


function password(raw: string): string | { problem: string } {
  try {
    validateNewPassword(raw);
    return raw;
  } catch (err) {
    // The password itself is never repeated; the rule's English half is.
    return { problem: `not usable: ${String((err as Error).message).replace(/^[^A-Za-z]*/, '')}` };
  }
}

/** postgres://user@host:5432/db, sqlite:/path/file.sqlite, file:…, :memory:, or a plain file path. */
function databaseUrl(raw: string): string | { problem: string } {
  if (/^postgres(ql)?:/i.test(raw)) {
    let url: URL | null = null;
    try {
      url = new URL(raw);
    } catch {
      // reported below
    }
    if (!url || !url.hostname || url.pathname.length < 2) {
      return { problem: 'is not a PostgreSQL URL of the form postgres://user:password@host:5432/database' };
    }
    return raw;
  }
  if (raw === ':memory:') return raw;
  const sqlite = /^(sqlite|file):(\/\/)?(.*)$/i.exec(raw);
  if (sqlite) return sqlite[3] ? raw : { problem: 'names no SQLite file (e.g. sqlite:./data/scorecard.sqlite)' };
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(raw)) {
    return { problem: 'is neither postgres://… nor a SQLite file (sqlite:/path/file.sqlite or a plain path)' };
  }
  return raw;
}

/**
 * TRUST_PROXY: `false` (default), a number of proxy hops (1–10), or a comma-separated list of proxy
 * addresses or subnets (10.0.0.5, 10.0.0.0/8, ::1) and Express's names loopback, linklocal, uniquelocal.
 * `true` is refused: it would let any client choose the address counted for sign-in lockout.
 */
function trustProxy(raw: string): AppConfig['trustProxy'] | { problem: string } {
  if (raw === 'false') return false;
  if (raw === 'true') {
    return { problem: '"true" would trust any client\'s X-Forwarded-For: give the proxy\'s address (e.g. 10.0.0.5 or loopback) or the number of proxies in front' };
  }
  if (/^\d+$/.test(raw)) {
    const hops = Number(raw);
    return hops >= 1 && hops <= 10 ? hops : { problem: `${shown(raw)} hops: give 1–10, or false` };
  }
  const entries = raw.split(',').map((s) => s.trim());
  const bad = entries.find((entry) => !PROXY_NAMES.has(entry) && !isSubnet(entry));
  return bad === undefined ? entries : { problem: `${shown(bad)} is not an IP address, a subnet (a.b.c.d/n), loopback, linklocal or uniquelocal` };
}

function isSubnet(entry: string): boolean {
  const [address, bits, ...rest] = entry.split('/');
  const version = isIP(address ?? '');
  if (!version || rest.length) return false;
  if (bits === undefined) return true;
  return /^\d{1,3}$/.test(bits) && Number(bits) <= (version === 4 ? 32 : 128);
}
