/** Runtime configuration, read once from the environment (README "Configuration"). */
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
}

export const DEFAULT_DEMO_PASSWORD = 'demo1234';

export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const production = env.NODE_ENV === 'production';
  return {
    port: Number(env.PORT ?? 4000),
    host: env.HOST ?? '0.0.0.0',
    databaseUrl: env.DATABASE_URL || undefined,
    demoData: env.DEMO_DATA !== 'false' && !production,
    production,
    adminPassword: env.ADMIN_PASSWORD || undefined,
    demoPassword: env.DEMO_PASSWORD || DEFAULT_DEMO_PASSWORD,
    sessionIdleHours: Number(env.SESSION_IDLE_HOURS ?? 8),
    warmUp: env.WARM_UP !== 'false',
    clientDist: env.CLIENT_DIST ?? new URL('../../client/dist', import.meta.url).pathname,
  };
}
