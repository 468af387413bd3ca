import { Arg, Authorized, Ctx, Field, Int, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import { addDays, isValidDate } from '@scorecard/shared';
import { AppError, ERROR_CODES } from '../../errors.js';
import type { GraphQLContext } from '../../graphql/context.js';
import { auditActor } from '../audit/audit.service.js';
import { loadWorkdayCalendar } from './workday-calendar.js';
import { setWorkday, workdayYear } from './workdays.service.js';

@ObjectType('WorkdayDay', { description: 'A day that differs from the Monday–Friday rule, or an administrator\'s correction.' })
class WorkdayDayType {
  @Field(() => String) date!: string;
  @Field(() => Boolean) working!: boolean;
  @Field(() => String, { description: 'LIBRARY (the chinese-days package) or OVERRIDE (an administrator).' }) source!: string;
  @Field(() => String, { nullable: true }) note!: string | null;
  @Field(() => Boolean, { nullable: true, description: 'What the library says of an overridden day (null: not listed there).' }) libraryWorking!: boolean | null;
}

@ObjectType('WorkdayYear')
class WorkdayYearType {
  @Field(() => Int) year!: number;
  @Field(() => Boolean, { description: 'Whether the library has this year\'s official schedule; if not, enter it by hand.' }) covered!: boolean;
  @Field(() => Int) newestCoveredYear!: number;
  @Field(() => [WorkdayDayType]) days!: WorkdayDayType[];
}

@ObjectType('WorkdayException', { description: 'A day off on a weekday (holiday) or a working weekend day (调休).' })
class WorkdayExceptionType {
  @Field(() => String) date!: string;
  @Field(() => Boolean) working!: boolean;
}

const MAX_RANGE_DAYS = 800;

@Resolver()
export class WorkdaysResolver {
  @Authorized('ADMIN')
  @Query(() => WorkdayYearType, { description: 'The working-day calendar of one year for the admin page.' })
  async workdayYear(@Ctx() ctx: GraphQLContext, @Arg('year', () => Int) year: number): Promise<WorkdayYearType> {
    return Object.assign(new WorkdayYearType(), await workdayYear(ctx.em, year));
  }

  @Authorized()
  @Query(() => [WorkdayExceptionType], { description: 'The calendar in force between two dates as data, for countdowns computed in the browser by the shared rule.' })
  async workdayExceptions(@Ctx() ctx: GraphQLContext, @Arg('from', () => String) from: string, @Arg('to', () => String) to: string): Promise<WorkdayExceptionType[]> {
    if (!isValidDate(from) || !isValidDate(to) || to < from || addDays(from, MAX_RANGE_DAYS) < to) {
      throw new AppError(ERROR_CODES.BAD_USER_INPUT, `from/to 应为 YYYY-MM-DD，跨度不超过 ${MAX_RANGE_DAYS} 天。from and to are dates at most ${MAX_RANGE_DAYS} days apart.`, { field: 'from' });
    }
    const { exceptions } = await loadWorkdayCalendar(ctx.em);
    return Object.entries(exceptions).filter(([d]) => d >= from && d <= to).sort(([a], [b]) => a.localeCompare(b))
      .map(([date, working]) => Object.assign(new WorkdayExceptionType(), { date, working }));
  }

  @Authorized('ADMIN')
  @Mutation(() => WorkdayYearType, { description: 'Corrects one day (working true/false), or removes the correction (working null); open items\' deadlines are recomputed.' })
  async setWorkday(
    @Ctx() ctx: GraphQLContext,
    @Arg('date', () => String) date: string,
    @Arg('working', () => Boolean, { nullable: true }) working: boolean | null,
    @Arg('note', () => String, { nullable: true }) note: string | null,
  ): Promise<WorkdayYearType> {
    await setWorkday(ctx.em, ctx.viewer, auditActor(ctx), { date, working, note }, ctx.services.config.remediationDeadlineDays);
    return Object.assign(new WorkdayYearType(), await workdayYear(ctx.em, Number(date.slice(0, 4))));
  }
}
