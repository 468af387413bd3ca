import { Field, Int, ObjectType } from 'type-graphql';
import type { SchemeDiffEntry } from '@scorecard/shared';
import type { StoredScheme } from './scheme.service.js';

@ObjectType('Scheme', { description: 'One version of the indicator system (指标体系). Drafts keep their version while edited; frozen versions are read-only.' })
export class SchemeType {
  @Field(() => Int) version!: number;
  @Field(() => Int, { description: 'Bumps on every save of a draft: pass it back as expectedRevision.' }) revision!: number;
  @Field(() => Boolean, { description: 'Used by a publication (or version 1): read-only forever.' }) frozen!: boolean;
  @Field(() => Int, { nullable: true, description: 'The version this draft was copied from.' }) basedOn!: number | null;
  @Field(() => String) name!: string;
  @Field(() => String, { description: "The tree as JSON in the shape of shared's Scheme type." }) json!: string;
  @Field(() => String, { description: 'ISO 8601 UTC.' }) createdAt!: string;
  @Field(() => String, { nullable: true }) createdBy!: string | null;
  @Field(() => String, { description: 'ISO 8601 UTC.' }) updatedAt!: string;
  @Field(() => String, { nullable: true }) updatedBy!: string | null;

  static from(s: StoredScheme): SchemeType {
    return Object.assign(new SchemeType(), {
      version: s.version, revision: s.revision, frozen: s.frozen, basedOn: s.basedOn, name: s.scheme.name,
      json: JSON.stringify(s.scheme), createdAt: s.createdAt, createdBy: s.createdBy, updatedAt: s.updatedAt, updatedBy: s.updatedBy,
    });
  }
}

@ObjectType('SchemeChange', { description: 'One difference between two scheme versions, matched by id.' })
export class SchemeChangeType {
  @Field(() => String, { description: 'added | removed | changed' }) kind!: string;
  @Field(() => String, { nullable: true }) dimensionId!: string | null;
  @Field(() => String, { nullable: true }) subIndicatorId!: string | null;
  @Field(() => String, { nullable: true, description: 'weight, rule, enabled, name, measureId, source, penalty.maxPoints…; null = the whole item.' }) field!: string | null;
  @Field(() => String, { nullable: true }) before!: string | null;
  @Field(() => String, { nullable: true }) after!: string | null;

  static from(c: SchemeDiffEntry): SchemeChangeType {
    return Object.assign(new SchemeChangeType(), c);
  }
}
