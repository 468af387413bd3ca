import { diffSchemes } from '@scorecard/shared';
import { Arg, Authorized, Ctx, Int, Mutation, Query, Resolver } from 'type-graphql';
import type { GraphQLContext } from '../../graphql/context.js';
import { auditActor } from '../audit/audit.service.js';
import { createSchemeDraft, getScheme, listSchemes, updateSchemeDraft } from './scheme.service.js';
import { SchemeChangeType, SchemeType } from './scheme.types.js';

@Resolver()
export class SchemeResolver {
  // Every signed-in role reads schemes: the methodology page (评分细则) renders any version.
  @Authorized()
  @Query(() => SchemeType, { description: 'One scheme version; without a version the newest (possibly a draft).' })
  async scheme(@Ctx() ctx: GraphQLContext, @Arg('version', () => Int, { nullable: true }) version: number | null): Promise<SchemeType> {
    return SchemeType.from(await getScheme(ctx.em, version ?? null));
  }

  @Authorized()
  @Query(() => [SchemeType], { description: 'Every scheme version, oldest first.' })
  async schemes(@Ctx() ctx: GraphQLContext): Promise<SchemeType[]> {
    return (await listSchemes(ctx.em)).map(SchemeType.from);
  }

  @Authorized()
  @Query(() => [SchemeChangeType], { description: 'What changed from one version to another (by dimension and sub-indicator id).' })
  async schemeDiff(
    @Ctx() ctx: GraphQLContext,
    @Arg('from', () => Int) from: number,
    @Arg('to', () => Int) to: number,
  ): Promise<SchemeChangeType[]> {
    const [a, b] = await Promise.all([getScheme(ctx.em, from), getScheme(ctx.em, to)]);
    return diffSchemes(a.scheme, b.scheme).map(SchemeChangeType.from);
  }

  @Authorized('ASSESSOR')
  @Mutation(() => SchemeType, { description: 'A new draft copied from any version; it gets the next version number.' })
  async createSchemeDraft(@Ctx() ctx: GraphQLContext, @Arg('fromVersion', () => Int) fromVersion: number): Promise<SchemeType> {
    return SchemeType.from(await createSchemeDraft(ctx.em, ctx.viewer, auditActor(ctx), fromVersion));
  }

  @Authorized('ASSESSOR')
  @Mutation(() => SchemeType, {
    description: 'Saves a draft. BAD_USER_INPUT names the invalid field (extensions.path, .issues); STALE_VERSION when it changed since expectedRevision; SCHEME_FROZEN on a frozen version.',
  })
  async updateSchemeDraft(
    @Ctx() ctx: GraphQLContext,
    @Arg('version', () => Int) version: number,
    @Arg('expectedRevision', () => Int) expectedRevision: number,
    @Arg('json', () => String) json: string,
  ): Promise<SchemeType> {
    return SchemeType.from(await updateSchemeDraft(ctx.em, ctx.viewer, auditActor(ctx), version, expectedRevision, json));
  }
}
