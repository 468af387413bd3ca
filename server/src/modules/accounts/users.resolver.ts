import { Arg, Authorized, Ctx, Int, Mutation, Query, Resolver } from 'type-graphql';
import type { GraphQLContext } from '../../graphql/context.js';
import { auditActor } from '../audit/audit.service.js';
import { CreateUserInput, UpdateUserInput, UserType } from './accounts.types.js';
import type { User } from './user.entity.js';
import { createUser, disableUser, listUsers, resetUserPassword, updateUser } from './users.service.js';

/** User management: ADMIN only (checked here and again in users.service). */
@Resolver()
export class UsersResolver {
  private async mapped(ctx: GraphQLContext, users: User[]): Promise<UserType[]> {
    await ctx.em.populate(users, ['unit']);
    return users.map(UserType.from);
  }

  @Authorized('ADMIN')
  @Query(() => [UserType], { description: 'Every user, by username.' })
  async users(@Ctx() ctx: GraphQLContext): Promise<UserType[]> {
    return this.mapped(ctx, await listUsers(ctx.em, ctx.viewer));
  }

  @Authorized('ADMIN')
  @Mutation(() => UserType)
  async createUser(
    @Ctx() ctx: GraphQLContext,
    @Arg('input', () => CreateUserInput) input: CreateUserInput,
  ): Promise<UserType> {
    const user = await createUser(ctx.em, ctx.viewer, auditActor(ctx), input);
    return (await this.mapped(ctx, [user]))[0];
  }

  @Authorized('ADMIN')
  @Mutation(() => UserType, { description: 'Fails with STALE_VERSION when the user changed since expectedVersion.' })
  async updateUser(
    @Ctx() ctx: GraphQLContext,
    @Arg('id', () => String) id: string,
    @Arg('input', () => UpdateUserInput) input: UpdateUserInput,
    @Arg('expectedVersion', () => Int) expectedVersion: number,
  ): Promise<UserType> {
    const user = await updateUser(ctx.em, ctx.viewer, auditActor(ctx), id, input, expectedVersion);
    return (await this.mapped(ctx, [user]))[0];
  }

  @Authorized('ADMIN')
  @Mutation(() => Boolean, { description: "Sets a user's password and ends all their sessions." })
  async resetUserPassword(
    @Ctx() ctx: GraphQLContext,
    @Arg('id', () => String) id: string,
    @Arg('newPassword', () => String) newPassword: string,
  ): Promise<boolean> {
    await resetUserPassword(ctx.em, ctx.viewer, auditActor(ctx), id, newPassword);
    return true;
  }

  @Authorized('ADMIN')
  @Mutation(() => UserType, { description: 'Disables a user; their sessions stop working at once.' })
  async disableUser(@Ctx() ctx: GraphQLContext, @Arg('id', () => String) id: string): Promise<UserType> {
    const user = await disableUser(ctx.em, ctx.viewer, auditActor(ctx), id);
    return (await this.mapped(ctx, [user]))[0];
  }
}
