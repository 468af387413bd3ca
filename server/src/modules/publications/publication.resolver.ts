import { Arg, Authorized, Ctx, Int, Mutation, Query, Resolver } from 'type-graphql';
import type { GraphQLContext } from '../../graphql/context.js';
import { auditActor } from '../audit/audit.service.js';
import { latestPublications, listPublications } from './publication-reader.js';
import { PublicationType } from './publication.types.js';

@Resolver()
export class PublicationResolver {
  @Authorized()
  @Query(() => [PublicationType], { description: 'Publications, newest first (of one period, or of all); earlier ones stay viewable.' })
  async publications(
    @Ctx() ctx: GraphQLContext,
    @Arg('period', () => String, { nullable: true }) period: string | null,
  ): Promise<PublicationType[]> {
    const [rows, latest] = await Promise.all([listPublications(ctx.em, period), latestPublications(ctx.em)]);
    return rows.map((p) => PublicationType.from(p, latest.get(p.period)?.id === p.id));
  }

  @Authorized('ASSESSOR')
  @Mutation(() => PublicationType, {
    description: 'Publishes a period with a scheme version (发布): freezes the version and a snapshot of every scope. Re-publishing needs a reason.',
  })
  async publishPeriod(
    @Ctx() ctx: GraphQLContext,
    @Arg('period', () => String) period: string,
    @Arg('schemeVersion', () => Int) schemeVersion: number,
    @Arg('reason', () => String, { nullable: true }) reason: string | null,
  ): Promise<PublicationType> {
    const published = await ctx.services.publications.publish(ctx.em, ctx.viewer, auditActor(ctx), period, schemeVersion, reason);
    return PublicationType.from(published, true);
  }
}
