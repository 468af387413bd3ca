import { describe, expect, test } from 'vitest';
import { ConfigError, loadConfig } from './config.js';

/** Which variables loadConfig refuses for this environment (none: it returned a config). */
function refused(env: Record<string, string>): string[] {
  try {
    loadConfig(env);
    return [];
  } catch (err) {
    if (!(err instanceof ConfigError)) throw err;
    return err.problems.map((p) => p.variable);
  }
}

describe('every setting is checked at start', () => {
  test.each([
    [{ SESSION_IDLE_HOURS: '8h' }, ['SESSION_IDLE_HOURS']],
    [{ SESSION_IDLE_HOURS: '0' }, ['SESSION_IDLE_HOURS']],
    [{ SESSION_IDLE_HOURS: '-1' }, ['SESSION_IDLE_HOURS']],
    [{ PORT: 'abc' }, ['PORT']],
    [{ PORT: '70000' }, ['PORT']],
    [{ DATABASE_URL: 'postgres://' }, ['DATABASE_URL']],
    [{ DATABASE_URL: 'postgresql://host-only' }, ['DATABASE_URL']],
    [{ DATABASE_URL: 'mysql://u@h/db' }, ['DATABASE_URL']],
    [{ DATABASE_URL: 'sqlite:' }, ['DATABASE_URL']],
    [{ WARM_UP: 'maybe' }, ['WARM_UP']],
    [{ DEMO_DATA: 'yes' }, ['DEMO_DATA']],
    [{ NODE_ENV: 'prod' }, ['NODE_ENV']],
    [{ LOG_LEVEL: 'verbose' }, ['LOG_LEVEL']],
    [{ LOG_FORMAT: 'xml' }, ['LOG_FORMAT']],
    [{ ORM_DEBUG: '1' }, ['ORM_DEBUG']],
    [{ ADMIN_PASSWORD: 'short' }, ['ADMIN_PASSWORD']],
    [{ DEMO_PASSWORD: 'x'.repeat(80) }, ['DEMO_PASSWORD']],
    [{ TRUST_PROXY: 'true' }, ['TRUST_PROXY']],
    [{ TRUST_PROXY: '10.0.0.300' }, ['TRUST_PROXY']],
    [{ TRUST_PROXY: '10.0.0.0/33' }, ['TRUST_PROXY']],
    [{ QUERY_TIMEOUT_SECONDS: '10s' }, ['QUERY_TIMEOUT_SECONDS']],
    [{ HOST: 'a host' }, ['HOST']],
    [{ SCORECARD_CLOCK: '2023-12-32' }, ['SCORECARD_CLOCK']],
    [{ SCORECARD_CLOCK: '15.12.2023' }, ['SCORECARD_CLOCK']],
    [{ REMEDIATION_DEADLINE_DAYS: '0' }, ['REMEDIATION_DEADLINE_DAYS']],
    [{ REMEDIATION_DEADLINE_DAYS: '20d' }, ['REMEDIATION_DEADLINE_DAYS']],
    [{ UPLOAD_MAX_MB: '10MB' }, ['UPLOAD_MAX_MB']],
    [{ UPLOAD_MAX_MB: '500' }, ['UPLOAD_MAX_MB']],
    [{ FILES_DIR: '/' }, ['FILES_DIR']],
    [{ FILES_DIR: '/srv/web/files', CLIENT_DIST: '/srv/web' }, ['FILES_DIR']],
    [{ PORT: 'x', WARM_UP: 'maybe', SESSION_IDLE_HOURS: '8h' }, ['PORT', 'SESSION_IDLE_HOURS', 'WARM_UP']],
  ])('%o is refused, naming %o', (env, variables) => {
    expect(refused(env).sort()).toEqual(variables);
  });

  test('the message names the variable and what it should be, never a password', () => {
    const error = (() => {
      try {
        loadConfig({ SESSION_IDLE_HOURS: '8h', ADMIN_PASSWORD: 'tiny' });
      } catch (err) {
        return err as ConfigError;
      }
      return null;
    })();
    expect(error?.message).toMatch(/SESSION_IDLE_HOURS: "8h" is not a number of hours/);
    expect(error?.message).toMatch(/ADMIN_PASSWORD: not usable: The password needs at least 8 characters/);
    expect(error?.message).not.toContain('tiny');
  });

  test('good values are read as such; empty counts as unset', () => {
    const config = loadConfig({
      PORT: '0', SESSION_IDLE_HOURS: '0.5', WARM_UP: 'false', DEMO_DATA: 'false', DATABASE_URL: 'postgres://u:p@db:5432/scorecard',
      TRUST_PROXY: 'loopback, 10.0.0.0/8, ::1', QUERY_TIMEOUT_SECONDS: '30', ADMIN_PASSWORD: '',
    });
    expect(config).toMatchObject({
      port: 0, sessionIdleHours: 0.5, warmUp: false, demoData: false, databaseUrl: 'postgres://u:p@db:5432/scorecard',
      trustProxy: ['loopback', '10.0.0.0/8', '::1'], queryTimeoutMs: 30_000, adminPassword: undefined,
    });
    expect(loadConfig({}).trustProxy).toBe(false);
    expect([loadConfig({}).clock, loadConfig({ SCORECARD_CLOCK: '2023-12-15' }).clock]).toEqual([null, '2023-12-15']);
    expect(loadConfig({ TRUST_PROXY: '2' }).trustProxy).toBe(2);
    expect(loadConfig({})).toMatchObject({ remediationDeadlineDays: 20, uploadMaxBytes: 10 * 1024 * 1024 });
    expect(loadConfig({}).filesDir).toMatch(/\/data\/files$/);
    expect(loadConfig({ REMEDIATION_DEADLINE_DAYS: '15', UPLOAD_MAX_MB: '2', FILES_DIR: '/var/lib/scorecard/files' }))
      .toMatchObject({ remediationDeadlineDays: 15, uploadMaxBytes: 2 * 1024 * 1024, filesDir: '/var/lib/scorecard/files' });
    expect(loadConfig({ NODE_ENV: 'production', DEMO_DATA: 'true' }).demoData).toBe(false);
  });
});
