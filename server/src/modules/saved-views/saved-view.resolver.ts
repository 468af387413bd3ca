import { Arg, Authorized, Ctx, Int, Mutation, Query, Resolver } from 'type-graphql';
import type { GraphQLContext } from '../../graphql/context.js';
import { auditActor } from '../audit/audit.service.js';
import {
  createSavedView, deleteSavedView, listSavedViews, setStartView, updateSavedView,
} from './saved-view.service.js';
import { SavedViewInputType, SavedViewType } from './saved-view.types.js';

@Resolver()
export class SavedViewResolver {
  @Authorized()
  @Query(() => [SavedViewType], { description: "The signed-in user's saved views, by name." })
  async savedViews(@Ctx() ctx: GraphQLContext): Promise<SavedViewType[]> {
    return (await listSavedViews(ctx.em, ctx.viewer)).map(SavedViewType.from);
  }

  @Authorized()
  @Mutation(() => SavedViewType, { description: 'Saves the current view under a name; `start` makes it the start page. BAD_USER_INPUT names the field.' })
  async createSavedView(
    @Ctx() ctx: GraphQLContext,
    @Arg('input', () => SavedViewInputType) input: SavedViewInputType,
    @Arg('start', () => Boolean, { defaultValue: false }) start: boolean,
  ): Promise<SavedViewType> {
    return SavedViewType.from(await createSavedView(ctx.em, ctx.viewer, auditActor(ctx), input, start));
  }

  @Authorized()
  @Mutation(() => SavedViewType, { description: 'Renames or re-points one of your views; STALE_VERSION when it changed since expectedVersion.' })
  async updateSavedView(
    @Ctx() ctx: GraphQLContext,
    @Arg('id', () => String) id: string,
    @Arg('expectedVersion', () => Int) expectedVersion: number,
    @Arg('input', () => SavedViewInputType) input: SavedViewInputType,
  ): Promise<SavedViewType> {
    return SavedViewType.from(await updateSavedView(ctx.em, ctx.viewer, auditActor(ctx), id, expectedVersion, input));
  }

  @Authorized()
  @Mutation(() => SavedViewType, { nullable: true, description: 'Makes one of your views the start page; null restores the default start page.' })
  async setStartView(@Ctx() ctx: GraphQLContext, @Arg('id', () => String, { nullable: true }) id: string | null): Promise<SavedViewType | null> {
    const view = await setStartView(ctx.em, ctx.viewer, auditActor(ctx), id);
    return view ? SavedViewType.from(view) : null;
  }

  @Authorized()
  @Mutation(() => Boolean, { description: 'Deletes one of your views.' })
  async deleteSavedView(@Ctx() ctx: GraphQLContext, @Arg('id', () => String) id: string): Promise<boolean> {
    return deleteSavedView(ctx.em, ctx.viewer, auditActor(ctx), id);
  }
}
