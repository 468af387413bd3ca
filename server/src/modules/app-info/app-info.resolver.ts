import { Ctx, Field, ObjectType, Query, Resolver } from 'type-graphql';
import type { GraphQLContext } from '../../graphql/context.js';

@ObjectType('AppInfo', { description: 'Facts about this installation that the login page may show.' })
export class AppInfoType {
  @Field(() => Boolean, { description: 'The demo city (synthetic data) is loaded.' })
  demoData!: boolean;

  @Field(() => String)
  version!: string;

  @Field(() => String, { description: "Today for deadlines and countdowns (YYYY-MM-DD, Asia/Shanghai, or SCORECARD_CLOCK)." })
  today!: string;
}

export const APP_VERSION = '0.1.0';

@Resolver()
export class AppInfoResolver {
  // Public on purpose: the login page marks demo installations before anyone signs in.
  @Query(() => AppInfoType)
  appInfo(@Ctx() ctx: GraphQLContext): AppInfoType {
    return Object.assign(new AppInfoType(), { demoData: ctx.services.config.demoData, version: APP_VERSION, today: ctx.services.remediation.today() });
  }
}
