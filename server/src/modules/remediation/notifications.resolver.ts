import { Arg, Authorized, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import type { GraphQLContext } from '../../graphql/context.js';
import { markNotificationsRead, myNotifications } from './notifications.service.js';
import { NotificationListType, NotificationType } from './remediation.types.js';

@Resolver()
export class NotificationResolver {
  @Authorized()
  @Query(() => NotificationListType, { description: "The signed-in user's own notifications (站内通知), newest first." })
  async notifications(@Ctx() ctx: GraphQLContext, @Arg('first', () => Int, { defaultValue: 20 }) first: number): Promise<NotificationListType> {
    const { unreadCount, items } = await myNotifications(ctx.em, ctx.viewer, first);
    return Object.assign(new NotificationListType(), { unreadCount, items: items.map(NotificationType.from) });
  }

  @Authorized()
  @Mutation(() => Int, { description: 'Marks the given notifications (or all) of the signed-in user read; returns how many changed.' })
  async markNotificationsRead(@Ctx() ctx: GraphQLContext, @Arg('ids', () => [ID], { nullable: true }) ids: string[] | null): Promise<number> {
    return markNotificationsRead(ctx.em, ctx.viewer, ids);
  }
}
