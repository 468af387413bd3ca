import 'reflect-metadata';
import { writeFileSync } from 'node:fs';
import { printSchema } from 'graphql';
import { buildApiSchema } from '../graphql/schema.js';

/** Writes server/schema.graphql: the API contract, committed and reviewed as a diff. */
export const SCHEMA_HEADER = '# Generated from the type-graphql resolvers by `pnpm --filter @scorecard/server schema`. Do not edit.\n\n';

export async function emittedSchema(): Promise<string> {
  return SCHEMA_HEADER + printSchema(await buildApiSchema()) + '\n';
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop() ?? '')) {
  const target = new URL('../../schema.graphql', import.meta.url);
  writeFileSync(target, await emittedSchema());
  process.stdout.write(`wrote ${target.pathname}\n`);
}
