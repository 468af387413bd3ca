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
  @Field(() => Int, { description: 'Records behind the measure; on a published period, as published.' }) totalCount!: number;
  @Field(() => Int, { description: 'Of those, counted against the unit; on a published period, as published.' }) againstCount!: number;
  @Field(() => Int, { description: 'The records as they are now (what the rows page through).' }) liveTotalCount!: number;
  @Field(() => Int) liveAgainstCount!: number;
  @Field(() => Boolean, { description: 'The records changed after the publication (a later import): the rows no longer add up to the published totals.' })
  changedSincePublication!: boolean;
  @Field(() => PageInfoType) pageInfo!: PageInfoType;
  @Field(() => [EvidenceRowType]) rows!: EvidenceRowType[];
}
