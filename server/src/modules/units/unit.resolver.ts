import { Arg, Authorized, Ctx, Query, Resolver } from 'type-graphql';
import type { GraphQLContext } from '../../graphql/context.js';
import { UnitKindEnum } from '../../graphql/enums.js';
import { listUnits } from './unit.service.js';
import { UnitType } from './unit.types.js';

@Resolver()
export class UnitResolver {
  @Authorized()
  @Query(() => [UnitType], { description: 'Units under evaluation, by code.' })
  async units(
    @Ctx() ctx: GraphQLContext,
    @Arg('kind', () => UnitKindEnum, { nullable: true }) kind?: UnitKindEnum,
  ): Promise<UnitType[]> {
    return (await listUnits(ctx.em, kind)).map(UnitType.from);
  }
}
