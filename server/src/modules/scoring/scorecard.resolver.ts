import { Arg, Authorized, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { GraphQLContext } from '../../graphql/context.js';
import { assertCanSeeUnitDetails } from '../../graphql/authorization.js';
import { RankingScopeEnum } from '../../graphql/enums.js';
import { requirePeriodWithData } from '../periods/period.service.js';
import { getUnit } from '../units/unit.service.js';
import { toCityTrendPoint, toRankingType, toScorecardType } from './scoring.mapper.js';
import { unitRow, type ComputedRanking } from './scoring.service.js';
import {
  CityTrendPointType,
  RankingRowType,
  RankingType,
  SubIndicatorScoreType,
  UnitScorecardType,
} from './scoring.types.js';

function scorecardOf(ranking: ComputedRanking, unitCode: string): UnitScorecardType {
  return toScorecardType(ranking, unitRow(ranking, unitCode));
}

@Resolver()
export class ScorecardResolver {
  @Authorized()
  @Query(() => RankingType, { description: 'All units of a scope ranked for one period.' })
  async ranking(
    @Ctx() ctx: GraphQLContext,
    @Arg('period', () => String) periodId: string,
    @Arg('scope', () => RankingScopeEnum, { nullable: true, defaultValue: RankingScopeEnum.ALL }) scope: RankingScopeEnum | null,
  ): Promise<RankingType> {
    const period = await requirePeriodWithData(ctx.em, periodId);
    return toRankingType(await ctx.services.scoring.ranking(ctx.em, period, scope ?? RankingScopeEnum.ALL));
  }

  @Authorized()
  @Query(() => UnitScorecardType, { description: "One unit's scores, down to the sub-indicators." })
  async unitScorecard(
    @Ctx() ctx: GraphQLContext,
    @Arg('unitCode', () => String) unitCode: string,
    @Arg('period', () => String) periodId: string,
    @Arg('scope', () => RankingScopeEnum, { nullable: true, defaultValue: RankingScopeEnum.ALL }) scope: RankingScopeEnum | null,
  ): Promise<UnitScorecardType> {
    assertCanSeeUnitDetails(ctx.viewer, unitCode);
    await getUnit(ctx.em, unitCode);
    const period = await requirePeriodWithData(ctx.em, periodId);
    return scorecardOf(await ctx.services.scoring.ranking(ctx.em, period, scope ?? RankingScopeEnum.ALL), unitCode);
  }

  @Authorized()
  @Query(() => [UnitScorecardType], { description: "One unit's scorecards over consecutive periods of one kind." })
  async unitTrend(
    @Ctx() ctx: GraphQLContext,
    @Arg('unitCode', () => String) unitCode: string,
    @Arg('from', () => String) from: string,
    @Arg('to', () => String) to: string,
    @Arg('scope', () => RankingScopeEnum, { nullable: true, defaultValue: RankingScopeEnum.ALL }) scope: RankingScopeEnum | null,
  ): Promise<UnitScorecardType[]> {
    assertCanSeeUnitDetails(ctx.viewer, unitCode);
    await getUnit(ctx.em, unitCode);
    const rankings = await ctx.services.scoring.trend(ctx.em, from, to, scope ?? RankingScopeEnum.ALL);
    return rankings.map((r) => scorecardOf(r, unitCode));
  }

  @Authorized()
  @Query(() => [CityTrendPointType], { description: 'Average composite and grade counts per period.' })
  async cityTrend(
    @Ctx() ctx: GraphQLContext,
    @Arg('from', () => String) from: string,
    @Arg('to', () => String) to: string,
    @Arg('scope', () => RankingScopeEnum, { nullable: true, defaultValue: RankingScopeEnum.ALL }) scope: RankingScopeEnum | null,
  ): Promise<CityTrendPointType[]> {
    return (await ctx.services.scoring.trend(ctx.em, from, to, scope ?? RankingScopeEnum.ALL)).map(toCityTrendPoint);
  }
}

@Resolver(() => RankingRowType)
export class RankingRowResolver {
  // Nullable so that a refused row (FORBIDDEN, in `errors`) does not blank the whole ranking.
  @FieldResolver(() => [SubIndicatorScoreType], {
    nullable: true,
    description: "Sub-indicator scores (the heatmap). A UNIT user may read its own row's only; other rows are FORBIDDEN.",
  })
  subIndicators(@Root() row: RankingRowType, @Ctx() ctx: GraphQLContext): SubIndicatorScoreType[] {
    assertCanSeeUnitDetails(ctx.viewer, row.unit.code);
    return row.details;
  }
}
