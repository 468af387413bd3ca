import { Field, ObjectType } from 'type-graphql';
import { PageInfoType } from '../evidence/evidence.types.js';
import type { AuditEntry } from './audit-entry.entity.js';
import type { AuditPage, EntryNames } from './audit.service.js';

@ObjectType('AuditEntry', { description: 'One audited change: who, what, when, before and after.' })
export class AuditEntryType {
  @Field(() => String) id!: string;
  @Field(() => String, { description: 'ISO 8601 UTC instant.' }) at!: string;
  @Field(() => String, { nullable: true }) actorUsername!: string | null;
  @Field(() => String, { description: 'e.g. auth/login, user/update.' }) action!: string;
  @Field(() => String, { nullable: true }) entityType!: string | null;
  @Field(() => String, { nullable: true }) entityId!: string | null;
  @Field(() => String, { nullable: true, description: 'JSON of the entity before the change.' }) before!: string | null;
  @Field(() => String, { nullable: true, description: 'JSON of the entity after the change.' }) after!: string | null;
  @Field(() => String, { nullable: true }) ip!: string | null;
  @Field(() => String, { nullable: true }) requestId!: string | null;
  @Field(() => String, { nullable: true, description: 'The display name of the actor (as the user is now).' })
  actorName!: string | null;
  @Field(() => String, { nullable: true, description: 'What the entry is about, in words (a user’s name, a scheme’s name, a period).' })
  entityName!: string | null;

  static from(entry: AuditEntry, names?: EntryNames): AuditEntryType {
    return Object.assign(new AuditEntryType(), {
      id: entry.id,
      at: entry.at,
      actorUsername: entry.actorUsername,
      action: entry.action,
      entityType: entry.entityType,
      entityId: entry.entityId,
      before: entry.beforeJson,
      after: entry.afterJson,
      ip: entry.ip,
      requestId: entry.requestId,
      actorName: names?.actorName ?? null,
      entityName: names?.entityName ?? null,
    });
  }
}

@ObjectType('AuditLogConnection')
export class AuditLogConnectionType {
  @Field(() => PageInfoType) pageInfo!: PageInfoType;
  @Field(() => [AuditEntryType]) entries!: AuditEntryType[];

  static from(page: AuditPage): AuditLogConnectionType {
    return Object.assign(new AuditLogConnectionType(), {
      pageInfo: Object.assign(new PageInfoType(), { endCursor: page.endCursor, hasNextPage: page.hasNextPage }),
      entries: page.entries.map((entry) => AuditEntryType.from(entry, page.names.get(entry.id))),
    });
  }
}
