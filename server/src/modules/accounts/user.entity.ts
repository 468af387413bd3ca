import { Entity, ManyToOne, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { VersionedRecord } from '../../db/versioned-record.js';
import type { Role, Viewer } from '../../graphql/context.js';
import { Unit } from '../units/unit.entity.js';

/**
 * A person who signs in. UNIT users are bound to one unit; the others see every unit. Admin edits are
 * optimistic: updateUser(expectedVersion) (VersionedRecord).
 */
@Entity({ tableName: 'users' })
@Unique({ name: 'users_username_unique', properties: ['username'] })
export class User extends VersionedRecord {
  @PrimaryKey({ type: 'string', length: 36 })
  id!: string;

  /** Lower case, trimmed. */
  @Property({ type: 'string', length: 64 })
  username!: string;

  @Property({ type: 'string', length: 255, fieldName: 'display_name' })
  displayName!: string;

  @Property({ type: 'string', length: 16 })
  role!: Role;

  @ManyToOne(() => Unit, {
    fieldName: 'unit_code', nullable: true, index: false, updateRule: 'no action', deleteRule: 'no action',
  })
  unit: Unit | null = null;

  /** bcrypt hash; never leaves the accounts module. */
  @Property({ type: 'string', length: 100, fieldName: 'password_hash', hidden: true })
  passwordHash!: string;

  @Property({ type: 'boolean', default: false })
  disabled: boolean = false;
}

/**
 * What a user may see, as the authorization rules read it (Viewer): the role, and the one unit a UNIT
 * user is bound to (null for the other roles). Sessions and the audit log's user snapshots take it from here.
 */
export function accessOf(user: User): Pick<Viewer, 'role' | 'unitCode'> {
  return { role: user.role, unitCode: user.unit?.code ?? null };
}
