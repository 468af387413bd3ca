/** GraphQL operations and helpers of the workbench's HTTP tests (schemes, publications, what-if). */
import type { Scheme } from '@scorecard/shared';
import { errorCodes, gql, type GqlResponse } from '../../test/http.js';

export interface SchemeRow {
  version: number;
  revision: number;
  frozen: boolean;
  basedOn: number | null;
  json: string;
  updatedBy: string | null;
}

const SCHEME_FIELDS = 'version revision frozen basedOn json updatedBy';
export const SCHEME_QUERY = `query($v: Int) { scheme(version: $v) { ${SCHEME_FIELDS} } }`;
export const CREATE_DRAFT = `mutation($from: Int!) { createSchemeDraft(fromVersion: $from) { ${SCHEME_FIELDS} } }`;
export const UPDATE_DRAFT = `mutation($v: Int!, $r: Int!, $json: String!) {
  updateSchemeDraft(version: $v, expectedRevision: $r, json: $json) { ${SCHEME_FIELDS} }
}`;
export const PUBLISH = `mutation($p: String!, $v: Int!, $reason: String) {
  publishPeriod(period: $p, schemeVersion: $v, reason: $reason) { id period seq schemeVersion reason publishedAt publishedBy latest }
}`;

type App = { url: string };

/** Data or a thrown error naming the GraphQL errors: the caller asserts the behaviour, not plumbing. */
export function ok<T>(res: GqlResponse<T>): T {
  if (res.errors.length > 0 || !res.data) throw new Error(`GraphQL errors: ${res.raw}`);
  return res.data;
}

export async function createDraft(app: App, token: string, from: number): Promise<SchemeRow> {
  return ok(await gql<{ createSchemeDraft: SchemeRow }>(app, CREATE_DRAFT, { token, variables: { from } })).createSchemeDraft;
}

export async function saveDraft(app: App, token: string, version: number, revision: number, scheme: Scheme): Promise<GqlResponse<{ updateSchemeDraft: SchemeRow }>> {
  return gql<{ updateSchemeDraft: SchemeRow }>(app, UPDATE_DRAFT, { token, variables: { v: version, r: revision, json: JSON.stringify(scheme) } });
}

export async function publish(app: App, token: string, period: string, version: number, reason: string | null = null) {
  return gql<{ publishPeriod: { id: string; seq: number; schemeVersion: number; publishedAt: string; reason: string | null } }>(
    app, PUBLISH, { token, variables: { p: period, v: version, reason } },
  );
}

export function parse(row: SchemeRow): Scheme {
  return JSON.parse(row.json) as Scheme;
}

export { errorCodes };
