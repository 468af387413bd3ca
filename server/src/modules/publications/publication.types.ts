import { Field, Int, ObjectType } from 'type-graphql';
import type { PublicationInfo } from './publication-reader.js';

@ObjectType('Publication', { description: 'A period published with a scheme version (发布); re-publications keep earlier ones.' })
export class PublicationType {
  @Field(() => String) id!: string;
  @Field(() => String) period!: string;
  @Field(() => Int, { description: '1 = first publication of the period; 2, 3… = re-publications.' }) seq!: number;
  @Field(() => Int) schemeVersion!: number;
  @Field(() => String, { nullable: true, description: 'Why it was re-published (required from seq 2 on).' }) reason!: string | null;
  @Field(() => String, { description: 'ISO 8601 UTC instant.' }) publishedAt!: string;
  @Field(() => String, { nullable: true, description: 'Username of the assessor.' }) publishedBy!: string | null;
  @Field(() => Boolean, { description: "Whether this is the period's latest publication (the one views show by default)." }) latest!: boolean;

  static from(p: PublicationInfo, latest: boolean): PublicationType {
    return Object.assign(new PublicationType(), { ...p, latest });
  }
}
