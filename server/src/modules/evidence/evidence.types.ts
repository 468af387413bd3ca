import { Field, Int, ObjectType } from 'type-graphql';

@ObjectType('EvidenceField')
export class EvidenceFieldType {
  @Field(() => String) name!: string;
  @Field(() => String, { nullable: true }) value!: string | null;
}

@ObjectType('EvidenceRow', { description: 'A record behind a measure, and whether it counted against the unit.' })
export class EvidenceRowType {
  @Field(() => String) recordId!: string;
  @Field(() => String, { description: 'resource_window | demand | system | rating | item | case | incident | call | officer | manual' })
  recordKind!: string;
  @Field(() => String, { nullable: true }) date!: string | null;
  @Field(() => Boolean) countedAgainst!: boolean;
  @Field(() => String, { description: 'Stable code the client translates, e.g. evidence/window-missed.' }) reasonCode!: string;
  @Field(() => String, { description: 'zh-CN sentence.' }) reason!: string;
  @Field(() => [EvidenceFieldType]) fields!: EvidenceFieldType[];
}

@ObjectType('PageInfo')
export class PageInfoType {
  @Field(() => String, { nullable: true }) endCursor!: string | null;
  @Field(() => Boolean) hasNextPage!: boolean;
}

@ObjectType('EvidenceConnection')
export class EvidenceConnectionType {
  @Field(() => Int) totalCount!: number;
  @Field(() => Int) againstCount!: number;
  @Field(() => PageInfoType) pageInfo!: PageInfoType;
  @Field(() => [EvidenceRowType]) rows!: EvidenceRowType[];
}
