import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { GraphQLContext } from '../../graphql/context.js';
import { auditActor } from '../audit/audit.service.js';
import { listUnits } from '../units/unit.service.js';
import type { AppealRow } from './remediation.entities.js';
import { AppealDecisionEnum, AppealInput, AppealStateEnum, AppealType, AppealWindowType, EvidenceFileType, TimelineEventType } from './remediation.types.js';

async function toAppeals(ctx: GraphQLContext, rows: AppealRow[]): Promise<AppealType[]> {
  const byCode = new Map((await listUnits(ctx.em)).map((u) => [u.code, u]));
  return rows.map((r) => AppealType.from(r, byCode.get(r.unitCode) ?? { code: r.unitCode, name: r.unitCode, kind: 'municipal' }));
}

@Resolver(() => AppealType)
export class AppealResolver {
  @Authorized()
  @Query(() => [AppealType], { description: "Appeals (申诉复核), newest first; a UNIT user gets its own unit's only." })
  async appeals(
    @Ctx() ctx: GraphQLContext,
    @Arg('period', () => String, { nullable: true }) period: string | null,
    @Arg('unitCode', () => String, { nullable: true }) unitCode: string | null,
    @Arg('state', () => AppealStateEnum, { nullable: true }) state: AppealStateEnum | null,
  ): Promise<AppealType[]> {
    return toAppeals(ctx, await ctx.services.appeals.list(ctx.em, ctx.viewer, { period, unitCode, state }));
  }

  @Authorized()
  @Query(() => AppealType)
  async appeal(@Ctx() ctx: GraphQLContext, @Arg('id', () => ID) id: string): Promise<AppealType> {
    return (await toAppeals(ctx, [await ctx.services.appeals.get(ctx.em, ctx.viewer, id)]))[0]!;
  }

  @Authorized()
  @Query(() => AppealWindowType, { nullable: true, description: "The appeal window of the period's latest publication (null when unpublished)." })
  async appealWindow(@Ctx() ctx: GraphQLContext, @Arg('period', () => String) period: string): Promise<AppealWindowType | null> {
    const w = await ctx.services.appeals.window(ctx.em, period);
    if (!w) return null;
    return Object.assign(new AppealWindowType(), { period: w.period, publishedOn: w.publishedOn, appealsCloseOn: w.appealsCloseOn, open: ctx.services.remediation.today() <= w.appealsCloseOn });
  }

  @FieldResolver(() => [TimelineEventType])
  async timeline(@Ctx() ctx: GraphQLContext, @Root() appeal: AppealType): Promise<TimelineEventType[]> {
    return (await ctx.services.remediation.timeline(ctx.em, appeal.id)).map(TimelineEventType.from);
  }

  @FieldResolver(() => [EvidenceFileType])
  async files(@Ctx() ctx: GraphQLContext, @Root() appeal: AppealType): Promise<EvidenceFileType[]> {
    return (await ctx.services.remediation.files(ctx.em, appeal.id)).map(EvidenceFileType.from);
  }

  @Authorized('UNIT')
  @Mutation(() => AppealType, { description: 'A unit appeals a published sub-indicator score or evidence record, within 5 working days of the publication.' })
  async createAppeal(@Ctx() ctx: GraphQLContext, @Arg('input', () => AppealInput) input: AppealInput): Promise<AppealType> {
    const row = await ctx.services.appeals.create(ctx.em, ctx.viewer, auditActor(ctx), {
      period: input.period, indicatorId: input.indicatorId, recordId: input.recordId ?? null, reason: input.reason,
    });
    return (await toAppeals(ctx, [row]))[0]!;
  }

  @Authorized('ASSESSOR')
  @Mutation(() => AppealType, { description: 'Accepts (then correct the data by import and re-publish naming the appeal) or rejects an appeal; a note is required either way.' })
  async decideAppeal(
    @Ctx() ctx: GraphQLContext,
    @Arg('id', () => ID) id: string,
    @Arg('decision', () => AppealDecisionEnum) decision: AppealDecisionEnum,
    @Arg('expectedVersion', () => Int) expectedVersion: number,
    @Arg('note', () => String, { nullable: true }) note: string | null,
  ): Promise<AppealType> {
    const row = await ctx.services.appeals.decide(ctx.em, ctx.viewer, auditActor(ctx), id, decision, expectedVersion, note);
    return (await toAppeals(ctx, [row]))[0]!;
  }
}
