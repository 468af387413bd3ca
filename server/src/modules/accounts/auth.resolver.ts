import { Arg, Authorized, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import type { GraphQLContext } from '../../graphql/context.js';
import { requireViewer } from '../../graphql/authorization.js';
import { audit, auditActor } from '../audit/audit.service.js';
import { LoginPayloadType, UserType } from './accounts.types.js';
import { clearSessionCookie, setSessionCookie } from './cookies.js';
import { login } from './login.service.js';
import { deleteSession } from './sessions.service.js';
import { User } from './user.entity.js';
import { changeOwnPassword } from './users.service.js';

@Resolver()
export class AuthResolver {
  // Public on purpose: null when signed out, so the client can decide to show the login page.
  @Query(() => UserType, { nullable: true, description: 'The signed-in user, or null.' })
  async me(@Ctx() ctx: GraphQLContext): Promise<UserType | null> {
    if (!ctx.viewer) return null;
    const user = await ctx.em.findOne(User, { id: ctx.viewer.userId }, { populate: ['unit'] });
    return user ? UserType.from(user) : null;
  }

  // Public on purpose: the only way in. Counted and locked by login.service.
  @Mutation(() => LoginPayloadType, { description: 'Signs in: sets the session cookie and returns a token for API clients.' })
  async login(
    @Ctx() ctx: GraphQLContext,
    @Arg('username', () => String) username: string,
    @Arg('password', () => String) password: string,
  ): Promise<LoginPayloadType> {
    const result = await login(
      ctx.em,
      { username, password, ip: ctx.ip, userAgent: ctx.req?.headers['user-agent'] ?? null, requestId: ctx.requestId },
      ctx.services.config.sessionIdleHours,
    );
    setSessionCookie(ctx.req, ctx.res, result.token);
    await ctx.em.populate(result.user, ['unit']);
    return Object.assign(new LoginPayloadType(), {
      token: result.token,
      user: UserType.from(result.user),
      expiresAt: result.expiresAt.toISOString(),
    });
  }

  @Authorized()
  @Mutation(() => Boolean, { description: 'Ends this session.' })
  async logout(@Ctx() ctx: GraphQLContext): Promise<boolean> {
    const viewer = requireViewer(ctx.viewer);
    await deleteSession(ctx.em, viewer.sessionId);
    await audit(ctx.em, { actor: auditActor(ctx), action: 'auth/logout', entityType: 'user', entityId: viewer.userId });
    clearSessionCookie(ctx.req, ctx.res);
    return true;
  }

  @Authorized()
  @Mutation(() => Boolean, { description: 'Changes your own password; your other sessions end.' })
  async changePassword(
    @Ctx() ctx: GraphQLContext,
    @Arg('currentPassword', () => String) currentPassword: string,
    @Arg('newPassword', () => String) newPassword: string,
  ): Promise<boolean> {
    await changeOwnPassword(ctx.em, requireViewer(ctx.viewer), auditActor(ctx), currentPassword, newPassword);
    return true;
  }
}
