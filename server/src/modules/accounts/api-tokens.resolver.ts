import { Arg, Authorized, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import type { GraphQLContext } from '../../graphql/context.js';
import { auditActor } from '../audit/audit.service.js';
import { createApiToken, listApiTokens, revokeApiToken } from './api-tokens.service.js';
import { ApiTokenType, NewApiTokenType } from './api-tokens.types.js';

/** API tokens of service accounts: ADMIN only (checked here and again in api-tokens.service). */
@Resolver()
export class ApiTokensResolver {
  @Authorized('ADMIN')
  @Query(() => [ApiTokenType], { description: 'Every API token, newest first (revoked ones too).' })
  async apiTokens(@Ctx() ctx: GraphQLContext): Promise<ApiTokenType[]> {
    return (await listApiTokens(ctx.em, ctx.viewer)).map(ApiTokenType.from);
  }

  @Authorized('ADMIN')
  @Mutation(() => NewApiTokenType, { description: 'A new token for a service account (role INGEST); the token is in this answer only.' })
  async createApiToken(
    @Ctx() ctx: GraphQLContext,
    @Arg('userId', () => String) userId: string,
    @Arg('name', () => String) name: string,
  ): Promise<NewApiTokenType> {
    const { token, record } = await createApiToken(ctx.em, ctx.viewer, auditActor(ctx), userId, name);
    return Object.assign(new NewApiTokenType(), { token, apiToken: ApiTokenType.from(record) });
  }

  @Authorized('ADMIN')
  @Mutation(() => ApiTokenType, { description: 'Revokes a token: it stops working at once.' })
  async revokeApiToken(@Ctx() ctx: GraphQLContext, @Arg('id', () => String) id: string): Promise<ApiTokenType> {
    return ApiTokenType.from(await revokeApiToken(ctx.em, ctx.viewer, auditActor(ctx), id));
  }
}
