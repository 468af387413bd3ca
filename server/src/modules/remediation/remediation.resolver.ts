import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { GraphQLContext } from '../../graphql/context.js';
import { auditActor } from '../audit/audit.service.js';
import { listUnits } from '../units/unit.service.js';
import type { RemediationItemRow } from './remediation.entities.js';
import {
  EvidenceFileType, OpenRemediationInput, RemediationActionEnum, RemediationItemType, RemediationStateEnum, RemediationSummaryType,
  RemediationPeriodSummaryType, RemediationUnitSummaryType, TimelineEventType,
} from './remediation.types.js';
import { remediationSummary } from './summary.js';

/** Item rows → API items, with their units and deadline states (one calendar, one units read). */
async function toItems(ctx: GraphQLContext, rows: RemediationItemRow[]): Promise<RemediationItemType[]> {
  const service = ctx.services.remediation;
  const [units, calendar] = await Promise.all([listUnits(ctx.em), service.calendar(ctx.em)]);
  const byCode = new Map(units.map((u) => [u.code, u]));
  const today = service.today();
  return rows.map((r) => RemediationItemType.from(r, byCode.get(r.unitCode) ?? { code: r.unitCode, name: r.unitCode, kind: 'municipal' }, today, calendar));
}

@Resolver(() => RemediationItemType)
export class RemediationResolver {
  @Authorized()
  @Query(() => [RemediationItemType], { description: "Remediation items (整改事项), soonest deadline first. A UNIT user gets its own unit's items only, whatever the arguments." })
  async remediationItems(
    @Ctx() ctx: GraphQLContext,
    @Arg('period', () => String, { nullable: true }) period: string | null,
    @Arg('unitCode', () => String, { nullable: true }) unitCode: string | null,
    @Arg('state', () => RemediationStateEnum, { nullable: true }) state: RemediationStateEnum | null,
  ): Promise<RemediationItemType[]> {
    return toItems(ctx, await ctx.services.remediation.list(ctx.em, ctx.viewer, { period, unitCode, state }));
  }

  @Authorized()
  @Query(() => RemediationItemType, { description: 'One item (another unit\'s is FORBIDDEN to a UNIT user).' })
  async remediationItem(@Ctx() ctx: GraphQLContext, @Arg('id', () => ID) id: string): Promise<RemediationItemType> {
    const [item] = await toItems(ctx, [await ctx.services.remediation.get(ctx.em, ctx.viewer, id)]);
    return item!;
  }

  @FieldResolver(() => [TimelineEventType], { description: 'Every change, oldest first.' })
  async timeline(@Ctx() ctx: GraphQLContext, @Root() item: RemediationItemType): Promise<TimelineEventType[]> {
    return (await ctx.services.remediation.timeline(ctx.em, item.id)).map(TimelineEventType.from);
  }

  @FieldResolver(() => [EvidenceFileType])
  async files(@Ctx() ctx: GraphQLContext, @Root() item: RemediationItemType): Promise<EvidenceFileType[]> {
    return (await ctx.services.remediation.files(ctx.em, item.id)).map(EvidenceFileType.from);
  }

  @Authorized()
  @Mutation(() => RemediationItemType, { description: 'Moves an item through the workflow; a stale expectedVersion is STALE_VERSION, an action the state or role does not allow is refused.' })
  async remediationAction(
    @Ctx() ctx: GraphQLContext,
    @Arg('id', () => ID) id: string,
    @Arg('action', () => RemediationActionEnum) action: RemediationActionEnum,
    @Arg('expectedVersion', () => Int) expectedVersion: number,
    @Arg('note', () => String, { nullable: true }) note: string | null,
  ): Promise<RemediationItemType> {
    const row = await ctx.services.remediation.act(ctx.em, ctx.viewer, auditActor(ctx), id, action, expectedVersion, note);
    return (await toItems(ctx, [row]))[0]!;
  }

  @Authorized('UNIT', 'ASSESSOR')
  @Mutation(() => RemediationItemType, { description: 'A progress note (进展说明) in the item\'s timeline.' })
  async addRemediationNote(@Ctx() ctx: GraphQLContext, @Arg('id', () => ID) id: string, @Arg('note', () => String) note: string): Promise<RemediationItemType> {
    const row = await ctx.services.remediation.addNote(ctx.em, ctx.viewer, auditActor(ctx), id, note);
    return (await toItems(ctx, [row]))[0]!;
  }

  @Authorized('ASSESSOR')
  @Mutation(() => RemediationItemType, { description: 'Opens an item by hand for any unit: a sub-indicator or a free topic, with a description.' })
  async openRemediationItem(@Ctx() ctx: GraphQLContext, @Arg('input', () => OpenRemediationInput) input: OpenRemediationInput): Promise<RemediationItemType> {
    const row = await ctx.services.remediation.open(ctx.em, ctx.viewer, auditActor(ctx), {
      unitCode: input.unitCode, period: input.period ?? null, indicatorId: input.indicatorId ?? null, topic: input.topic ?? null, description: input.description,
    });
    return (await toItems(ctx, [row]))[0]!;
  }

  @Authorized()
  @Query(() => RemediationSummaryType, { description: 'Per unit (of a period, or all) and city-wide per period: open, overdue, verified on time, days to verify. A UNIT user gets its own row.' })
  async remediationSummary(@Ctx() ctx: GraphQLContext, @Arg('period', () => String, { nullable: true }) period: string | null): Promise<RemediationSummaryType> {
    const service = ctx.services.remediation;
    const [units, calendar] = await Promise.all([listUnits(ctx.em), service.calendar(ctx.em)]);
    const byCode = new Map(units.map((u) => [u.code, u]));
    const summary = await remediationSummary(ctx.em, ctx.viewer, period, service.today(), calendar);
    return Object.assign(new RemediationSummaryType(), {
      units: summary.units.map((s) => RemediationUnitSummaryType.from(s, byCode.get(s.unitCode) ?? { code: s.unitCode, name: s.unitCode, kind: 'municipal' })),
      periods: summary.periods.map(RemediationPeriodSummaryType.from),
    });
  }
}
