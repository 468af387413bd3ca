import { Arg, Authorized, Ctx, Query, Resolver } from 'type-graphql';
import type { GraphQLContext } from '../../graphql/context.js';
import { assertCanSeeUnitDetails, canSeeUnitDetails, requireViewer } from '../../graphql/authorization.js';
import { RankingScopeEnum } from '../../graphql/enums.js';
import { requirePeriodWithData } from '../periods/period.service.js';
import { getUnit } from '../units/unit.service.js';
import { toEarlyWarningType, toScoreChangeType } from './insights.mapper.js';
import { EarlyWarningType, ScoreChangeType } from './insights.types.js';
import { requestLocale } from './locale.js';

@Resolver()
export class InsightsResolver {
  @Authorized()
  @Query(() => ScoreChangeType, {
    description:
      "Why a unit's composite moved since the previous period of the same kind: exact parts with sentences. Same access as unitScorecard.",
  })
  async scoreChange(
    @Ctx() ctx: GraphQLContext,
    @Arg('unitCode', () => String) unitCode: string,
    @Arg('period', () => String) periodId: string,
    @Arg('scope', () => RankingScopeEnum, { nullable: true, defaultValue: RankingScopeEnum.ALL })
    scope: RankingScopeEnum | null,
  ): Promise<ScoreChangeType> {
    assertCanSeeUnitDetails(ctx.viewer, unitCode);
    await getUnit(ctx.em, unitCode);
    const period = await requirePeriodWithData(ctx.em, periodId);
    const locale = requestLocale(ctx.req?.headers);
    return toScoreChangeType(
      await ctx.services.scoreChanges.scoreChange(ctx.em, unitCode, period, scope ?? RankingScopeEnum.ALL, locale),
    );
  }

  @Authorized()
  @Query(() => EarlyWarningType, {
    description:
      "Next month's expected composites, flags and their drivers, and the backtest. A UNIT user gets its own unit only.",
  })
  async earlyWarning(
    @Ctx() ctx: GraphQLContext,
    @Arg('scope', () => RankingScopeEnum, { nullable: true, defaultValue: RankingScopeEnum.ALL })
    scope: RankingScopeEnum | null,
    @Arg('unitCode', () => String, { nullable: true, description: 'Only this unit (same access as unitScorecard).' })
    unitCodeArg: string | null | undefined,
  ): Promise<EarlyWarningType> {
    const viewer = requireViewer(ctx.viewer);
    // An omitted argument arrives as undefined, an explicit null as null: both mean every visible unit.
    const unitCode = unitCodeArg ?? null;
    if (unitCode !== null) {
      assertCanSeeUnitDetails(viewer, unitCode);
      await getUnit(ctx.em, unitCode);
    }
    const view = await ctx.services.earlyWarnings.earlyWarning(ctx.em, scope ?? RankingScopeEnum.ALL);
    const visible = (code: string) => canSeeUnitDetails(viewer, code) && (unitCode === null || code === unitCode);
    return toEarlyWarningType(view, visible, requestLocale(ctx.req?.headers));
  }
}
