import { computed } from 'vue';
import {
  CreateSavedViewDocument,
  DeleteSavedViewDocument,
  SavedViewsDocument,
  SetStartViewDocument,
  UpdateSavedViewDocument,
  type SavedViewInfoFragment,
} from '@/api/generated/graphql';
import { request } from '@/api/request';
import { useQuery } from '@/api/use-query';

export type SavedViewInfo = SavedViewInfoFragment;

/** The signed-in user's saved views and what can be done with them; each change reloads the list. */
export function useSavedViews() {
  const state = useQuery(SavedViewsDocument, () => ({}));
  const views = computed<SavedViewInfo[]>(() => state.data.value?.savedViews ?? []);
  async function save(name: string, url: string, start: boolean): Promise<SavedViewInfo> {
    const { createSavedView } = await request(CreateSavedViewDocument, { input: { name, url }, start });
    await state.refetch();
    return createSavedView;
  }
  /** A new name for a view, same address; STALE_VERSION when it changed elsewhere since the list loaded. */
  async function rename(view: SavedViewInfo, name: string): Promise<SavedViewInfo> {
    const { updateSavedView } = await request(UpdateSavedViewDocument, {
      id: view.id,
      input: { name, url: view.url },
      expectedVersion: view.version,
    });
    await state.refetch();
    return updateSavedView;
  }
  async function setStart(id: string | null): Promise<void> {
    await request(SetStartViewDocument, { id });
    await state.refetch();
  }
  async function remove(id: string): Promise<void> {
    await request(DeleteSavedViewDocument, { id });
    await state.refetch();
  }
  return { ...state, views, save, rename, setStart, remove };
}
export type SavedViews = ReturnType<typeof useSavedViews>;

/** The start view's address, for the router on "/"; null when none is set or it cannot be read. */
export async function loadStartViewUrl(): Promise<string | null> {
  try {
    const { savedViews } = await request(SavedViewsDocument);
    return savedViews.find((v) => v.isStart)?.url ?? null;
  } catch {
    return null;
  }
}
