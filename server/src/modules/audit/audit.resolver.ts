import { Arg, Authorized, Ctx, Int, Query, Resolver } from 'type-graphql';
import type { GraphQLContext } from '../../graphql/context.js';
import { listAuditLog } from './audit.service.js';
import { AuditLogConnectionType } from './audit.types.js';

@Resolver()
export class AuditResolver {
  // Administrators read every entry; assessors those of schemes, publications, manual values, imports and remediation (audit.service).
  @Authorized('ADMIN', 'ASSESSOR')
  @Query(() => AuditLogConnectionType, { description: 'The audit log, newest first.' })
  async auditLog(
    @Ctx() ctx: GraphQLContext,
    @Arg('first', () => Int, { defaultValue: 50 }) first: number,
    @Arg('after', () => String, { nullable: true }) after: string | null,
    @Arg('action', () => String, { nullable: true, description: 'Only this action, e.g. user/update.' }) action: string | null,
    @Arg('actor', () => String, { nullable: true, description: 'Only entries of this username.' }) actor: string | null,
    @Arg('from', () => String, { nullable: true, description: 'From this day (YYYY-MM-DD, Beijing time).' }) from: string | null,
    @Arg('to', () => String, { nullable: true, description: 'Up to and including this day (YYYY-MM-DD).' }) to: string | null,
  ): Promise<AuditLogConnectionType> {
    return AuditLogConnectionType.from(await listAuditLog(ctx.em, ctx.viewer, { first, after, action, actor, from, to }));
  }
}
