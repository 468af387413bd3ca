import { Field, ObjectType } from 'type-graphql';
import type { ApiToken } from './api-token.entity.js';

@ObjectType('ApiToken', { description: "A service account's API token. Never carries the token or its hash." })
export class ApiTokenType {
  @Field(() => String) id!: string;
  @Field(() => String) name!: string;
  @Field(() => String, { description: 'The first characters of the token, to tell tokens apart.' }) prefix!: string;
  @Field(() => String, { description: 'The service account (INGEST user) the token signs in as.' }) username!: string;
  @Field(() => String) userId!: string;
  @Field(() => String) createdAt!: string;
  @Field(() => String, { nullable: true }) createdBy!: string | null;
  @Field(() => String, { nullable: true }) lastUsedAt!: string | null;
  @Field(() => String, { nullable: true }) revokedAt!: string | null;

  static from(token: ApiToken): ApiTokenType {
    return Object.assign(new ApiTokenType(), {
      id: token.id, name: token.name, prefix: token.prefix, username: token.user.username, userId: token.user.id,
      createdAt: token.createdAt, createdBy: token.createdBy, lastUsedAt: token.lastUsedAt, revokedAt: token.revokedAt,
    });
  }
}

@ObjectType('NewApiToken', { description: 'A token just created: `token` is shown this once and never again.' })
export class NewApiTokenType {
  @Field(() => String, { description: 'Send as `Authorization: Bearer <token>` to POST /api/imports.' }) token!: string;
  @Field(() => ApiTokenType) apiToken!: ApiTokenType;
}
