import { getNamedType, isCompositeType, type GraphQLField } from 'graphql';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { RunningApp } from '../app.js';
import { createTestDatabase, testDatabases, type TestDatabase } from '../test/databases.js';
import { createTestUser, gql, loginToken, startTestApp } from '../test/http.js';
import type { Role } from './context.js';
import { MUTATION_RULES, QUERY_RULES, type Audience, type FieldRule } from './permissions.matrix.js';
import { buildApiSchema } from './schema.js';

const ROLES: Exclude<Role, 'INGEST'>[] = ['LEADER', 'UNIT', 'ASSESSOR', 'ADMIN'];
const AUDIENCES: Audience[] = ['anonymous', ...ROLES];
const OWN_UNIT = 'U-OWN';
const OTHER_UNIT = 'U-OTHER';
const PERIOD = '2023-03';
const AUTH_CODES = new Set(['UNAUTHENTICATED', 'FORBIDDEN']);

const schema = await buildApiSchema();
const queryFields = Object.values(schema.getQueryType()?.getFields() ?? {});
const mutationFields = Object.values(schema.getMutationType()?.getFields() ?? {});

describe('the permission matrix covers the whole schema', () => {
  test.each([
    ['Query', queryFields.map((f) => f.name), QUERY_RULES],
    ['Mutation', mutationFields.map((f) => f.name), MUTATION_RULES],
  ] as const)('every %s field has a rule in permissions.matrix.ts, and every rule a field', (_type, names, rules) => {
    expect(names.filter((n) => !(n in rules)), 'fields without a rule: add them to permissions.matrix.ts').toEqual([]);
    expect(Object.keys(rules).filter((n) => !names.includes(n)), 'rules for fields that do not exist').toEqual([]);
  });

  test('required arguments have samples', () => {
    for (const [field, rules] of [...queryFields.map((f) => [f, QUERY_RULES] as const), ...mutationFields.map((f) => [f, MUTATION_RULES] as const)]) {
      const required = field.args.filter((a) => a.type.toString().endsWith('!') && a.defaultValue === undefined);
      if (required.length) expect(rules[field.name]?.args, `${field.name} needs sample args`).toBeDefined();
    }
  });
});

function operation(kind: 'query' | 'mutation', field: GraphQLField<unknown, unknown>, rule: FieldRule, unitCode: string, unique: string, userId: string): string {
  const args = rule.args?.({ unitCode, period: PERIOD, userId, unique });
  const selection = isCompositeType(getNamedType(field.type)) ? ' { __typename }' : '';
  return `${kind} { ${field.name}${args ? `(${args})` : ''}${selection} }`;
}

describe.each(testDatabases())('every field × every audience over HTTP on %s', (database) => {
  let db: TestDatabase;
  let app: RunningApp;
  const tokens = new Map<Audience, string | null>();
  let targetUserId = '';
  let counter = 0;

  beforeAll(async () => {
    db = await createTestDatabase(database);
    const conn = db.orm.em.getConnection();
    await conn.execute(`insert into units (code, name, kind) values ('${OWN_UNIT}', 'Own', 'municipal'), ('${OTHER_UNIT}', 'Other', 'district')`);
    await conn.execute(`insert into periods (id, kind, start_on, end_on, has_data) values ('${PERIOD}', 'month', '2023-03-01', '2023-03-31', true)`);
    for (const role of ROLES) await createTestUser(db.orm, `matrix-${role.toLowerCase()}`, role, role === 'UNIT' ? OWN_UNIT : null);
    targetUserId = (await createTestUser(db.orm, 'matrix-target', 'LEADER')).id;
    app = await startTestApp(db.orm, { TRUST_PROXY: 'loopback' });
    tokens.set('anonymous', null);
    for (const role of ROLES) tokens.set(role, await loginToken(app, `matrix-${role.toLowerCase()}`));
  });
  afterAll(async () => {
    await app?.close();
    await db?.drop();
  });

  async function call(audience: Audience, kind: 'query' | 'mutation', field: GraphQLField<unknown, unknown>, rule: FieldRule, unitCode: string): Promise<string[]> {
    counter += 1;
    const query = operation(kind, field, rule, unitCode, `${audience.toLowerCase()}-${counter}`, targetUserId);
    // Its own address per audience: the failed logins of this test must not lock each other out.
    const res = await gql(app, query, { token: tokens.get(audience), headers: { 'x-forwarded-for': `10.2.0.${AUDIENCES.indexOf(audience) + 1}` } });
    expect(res.status, `${audience} ${query}: ${res.raw}`).toBeLessThan(500);
    return res.errors.map((e) => String(e.extensions?.code)).filter((c) => AUTH_CODES.has(c));
  }

  test.each(AUDIENCES)('%s', async (audience) => {
    const refused = audience === 'anonymous' ? 'UNAUTHENTICATED' : 'FORBIDDEN';
    const cases = [
      ...queryFields.map((field) => ({ kind: 'query' as const, field, rule: QUERY_RULES[field.name] })),
      ...mutationFields.map((field) => ({ kind: 'mutation' as const, field, rule: MUTATION_RULES[field.name] })),
    ].sort((a, b) => Number(Boolean(a.rule?.endsSession)) - Number(Boolean(b.rule?.endsSession)));
    const failures: string[] = [];
    for (const { kind, field, rule } of cases) {
      if (!rule) continue; // reported by the coverage test above
      const expected = rule[audience];
      const check = (label: string, actual: string[], want: string[]) => {
        if (JSON.stringify(actual) !== JSON.stringify(want)) failures.push(`${field.name} (${label}): expected ${JSON.stringify(want)}, got ${JSON.stringify(actual)}`);
      };
      if (expected === 'allow') check('allow', await call(audience, kind, field, rule, OWN_UNIT), []);
      else if (expected === 'deny') check('deny', await call(audience, kind, field, rule, OWN_UNIT), [refused]);
      else {
        check('own unit', await call(audience, kind, field, rule, OWN_UNIT), []);
        check('other unit', await call(audience, kind, field, rule, OTHER_UNIT), ['FORBIDDEN']);
      }
    }
    expect(failures).toEqual([]);
  });
});
