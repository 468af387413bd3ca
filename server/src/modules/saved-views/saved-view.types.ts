import { Field, InputType, Int, ObjectType } from 'type-graphql';
import type { SavedView } from './saved-view.entity.js';

@ObjectType('SavedView', { description: "A view the signed-in user saved (保存的视图); only its owner reads it." })
export class SavedViewType {
  @Field(() => String) id!: string;
  @Field(() => String) name!: string;
  @Field(() => String, { description: 'The page address relative to the app, e.g. /ranking?period=2023-12&scope=ALL.' }) url!: string;
  @Field(() => Boolean, { description: 'Opened instead of the role default when the user goes to "/".' }) isStart!: boolean;
  @Field(() => Int, { description: 'Pass back as expectedVersion when updating.' }) version!: number;
  @Field(() => String, { description: 'ISO 8601 UTC.' }) updatedAt!: string;

  static from(v: SavedView): SavedViewType {
    return Object.assign(new SavedViewType(), {
      id: v.id, name: v.name, url: v.url, isStart: v.isStart, version: v.version, updatedAt: v.updatedAt,
    });
  }
}

@InputType('SavedViewInput')
export class SavedViewInputType {
  @Field(() => String, { description: '1–80 characters, unique among the user’s views.' }) name!: string;
  @Field(() => String, { description: 'The page address relative to the app (ranking, a unit, compare, early warning).' }) url!: string;
}
