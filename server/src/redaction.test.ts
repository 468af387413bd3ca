import { describe, expect, test } from 'vitest';
import { REDACTED, redactSecrets, scrubStatement } from './redaction.js';

/** A bcrypt hash: cost, 22 characters of salt, 31 of hash. */
const HASH = `$2b$10$${'s'.repeat(22)}${'h'.repeat(31)}`;

describe('secrets never reach a log line', () => {
  test.each(['password', 'newPassword', 'passwordHash', 'token', 'tokenHash', 'cookie', 'authorization', 'Authorization', 'apiKey', 'secret'])(
    'a field named %s is redacted at any depth',
    (key) => {
      expect(redactSecrets({ [key]: 'x' })).toEqual({ [key]: REDACTED });
      expect(redactSecrets({ req: { headers: [{ [key]: 'x' }] } })).toEqual({ req: { headers: [{ [key]: REDACTED }] } });
    },
  );

  test('other fields stay; cycles and errors do not break it', () => {
    const cyclic: Record<string, unknown> = { username: 'lea', requestId: 'r1' };
    cyclic.self = cyclic;
    expect(redactSecrets(cyclic)).toEqual({ username: 'lea', requestId: 'r1', self: '[circular]' });
    const err = new Error('boom');
    expect(redactSecrets({ err })).toEqual({ err });
  });

  test.each([
    ["insert into `users` (`id`, `username`, `password_hash`) values ('1', 'lea', 'x') - UNIQUE constraint failed", 'lea'],
    ['update "sessions" set "last_seen_at" = \'2023\' where "token_hash" = \'abc\'', 'abc'],
    ["select * from users where username = 'lea'", 'lea'],
  ])('a statement on a table of credentials keeps no values: %s', (statement, value) => {
    const scrubbed = scrubStatement(statement);
    expect(scrubbed).not.toContain(`'${value}'`);
    expect(scrubbed).toContain("'?'");
  });

  test('a statement on another table keeps its values (what an operator needs), but never a bcrypt hash', () => {
    expect(scrubStatement("insert into units (code) values ('ZZ-1')")).toBe("insert into units (code) values ('ZZ-1')");
    expect(scrubStatement(`note ${HASH} end`)).toBe(`note ${REDACTED} end`);
  });
});
