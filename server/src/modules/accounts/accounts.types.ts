import { Field, InputType, Int, ObjectType } from 'type-graphql';
import { RoleEnum } from '../../graphql/enums.js';
import { UnitType } from '../units/unit.types.js';
import type { User } from './user.entity.js';

@ObjectType('User', { description: 'A person who signs in. Never carries a password or its hash.' })
export class UserType {
  @Field(() => String) id!: string;
  @Field(() => String) username!: string;
  @Field(() => String) displayName!: string;
  @Field(() => RoleEnum) role!: RoleEnum;
  @Field(() => UnitType, { nullable: true, description: 'The unit of a UNIT user.' }) unit!: UnitType | null;
  @Field(() => Boolean) disabled!: boolean;
  @Field(() => Int, { description: 'Pass back as updateUser(expectedVersion).' }) version!: number;

  static from(user: User): UserType {
    const unit = user.unit;
    return Object.assign(new UserType(), {
      id: user.id,
      username: user.username,
      displayName: user.displayName,
      role: user.role as RoleEnum,
      unit: unit ? UnitType.from({ code: unit.code, name: unit.name, kind: unit.kind }) : null,
      disabled: user.disabled,
      version: user.version,
    });
  }
}

@ObjectType('LoginPayload')
export class LoginPayloadType {
  @Field(() => String, { description: 'For API clients (Authorization: Bearer). Browsers use the httpOnly cookie.' })
  token!: string;

  @Field(() => UserType) user!: UserType;

  @Field(() => String, { description: 'ISO 8601 instant the session ends if unused (it slides with use).' })
  expiresAt!: string;
}

@InputType('CreateUserInput')
export class CreateUserInput {
  @Field(() => String) username!: string;
  @Field(() => String, { nullable: true }) displayName?: string | null;
  @Field(() => RoleEnum) role!: RoleEnum;
  @Field(() => String, { nullable: true, description: 'Required for UNIT users, refused for others.' }) unitCode?: string | null;
  @Field(() => String) password!: string;
}

@InputType('UpdateUserInput', { description: 'Only the fields given change.' })
export class UpdateUserInput {
  @Field(() => RoleEnum, { nullable: true }) role?: RoleEnum | null;
  @Field(() => String, { nullable: true }) unitCode?: string | null;
  @Field(() => String, { nullable: true }) displayName?: string | null;
  @Field(() => Boolean, { nullable: true }) disabled?: boolean | null;
}
