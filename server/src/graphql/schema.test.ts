import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { buildSchema as parseSchema, type GraphQLField } from 'graphql';
import { emittedSchema } from '../cli/emit-schema.js';

test('the committed schema.graphql is the schema the resolvers build (run `pnpm --filter @scorecard/server schema`)', async () => {
  const committed = readFileSync(new URL('../../schema.graphql', import.meta.url), 'utf8');
  expect(committed).toBe(await emittedSchema());
});

function signature(field: GraphQLField<unknown, unknown> | undefined): Record<string, string> {
  const args: Record<string, string> = {};
  for (const arg of field?.args ?? []) {
    args[arg.name] = `${String(arg.type)}${arg.defaultValue === undefined ? '' : ` = ${String(arg.defaultValue)}`}`;
  }
  return { ...args, '→': String(field?.type) };
}

test('the issue contract keeps its query names, arguments and result types', async () => {
  const schema = parseSchema(await emittedSchema());
  const query = schema.getQueryType()!.getFields();
  expect(signature(query.periods)).toEqual({ '→': '[Period!]!' });
  expect(signature(query.units)).toEqual({ kind: 'UnitKind', '→': '[Unit!]!' });
  expect(signature(query.ranking)).toEqual({
    period: 'String!', scope: 'RankingScope = ALL', schemeVersion: 'Int', publication: 'String', '→': 'Ranking!',
  });
  expect(signature(query.unitScorecard)).toMatchObject({ unitCode: 'String!', period: 'String!', '→': 'UnitScorecard!' });
  expect(signature(query.unitTrend)).toMatchObject({ unitCode: 'String!', from: 'String!', to: 'String!', '→': '[UnitScorecard!]!' });
  expect(signature(query.evidence)).toMatchObject({
    unitCode: 'String!',
    period: 'String!',
    indicatorId: 'String!',
    first: 'Int = 50',
    after: 'String',
    '→': 'EvidenceConnection!',
  });
  expect(schema.getType('RankingScope')?.toString()).toBe('RankingScope');
  expect(Object.keys(schema.getTypeMap())).toEqual(expect.arrayContaining(['Grade', 'RankingRow', 'UnitScorecard', 'EvidenceConnection']));
});

/** Issue 11 (assessor workbench): names an external check relies on. */
test('the workbench contract: schemes, drafts, publication, schemeVersion arguments', async () => {
  const schema = parseSchema(await emittedSchema());
  const query = schema.getQueryType()!.getFields();
  const mutation = schema.getMutationType()!.getFields();
  expect(signature(query.scheme)).toEqual({ version: 'Int', '→': 'Scheme!' });
  expect(signature(query.schemes)).toEqual({ '→': '[Scheme!]!' });
  expect(signature(mutation.createSchemeDraft)).toEqual({ fromVersion: 'Int!', '→': 'Scheme!' });
  expect(signature(mutation.updateSchemeDraft)).toEqual({ version: 'Int!', expectedRevision: 'Int!', json: 'String!', '→': 'Scheme!' });
  expect(signature(mutation.publishPeriod)).toEqual({ period: 'String!', schemeVersion: 'Int!', reason: 'String', '→': 'Publication!' });
  for (const field of [query.ranking, query.unitScorecard, query.unitTrend]) expect(signature(field)).toMatchObject({ schemeVersion: 'Int' });
  const fields = (type: string) => Object.fromEntries(Object.entries((schema.getType(type) as { getFields(): Record<string, { type: unknown }> }).getFields()).map(([k, v]) => [k, String(v.type)]));
  expect(fields('Scheme')).toMatchObject({ json: 'String!', version: 'Int!', revision: 'Int!', frozen: 'Boolean!' });
  expect(fields('Ranking')).toMatchObject({ published: 'Boolean!', schemeVersion: 'Int!', publishedAt: 'String' });
  expect(fields('Period')).toMatchObject({ published: 'Boolean!' });
});
