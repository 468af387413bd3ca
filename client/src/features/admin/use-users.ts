import { computed } from 'vue';
import { UnitsDocument, UsersDocument, type UnitsQuery } from '@/api/generated/graphql';
import { useQuery } from '@/api/use-query';
import type { AdminUser } from './user-form';

export type UnitOption = UnitsQuery['units'][number];

/** Every user (by username) and the units a UNIT user can be bound to. */
export function useUsers() {
  const state = useQuery(UsersDocument, () => ({}));
  const units = useQuery(UnitsDocument, () => ({}));
  const users = computed<readonly AdminUser[]>(() => state.data.value?.users ?? []);
  const find = (id: string | null): AdminUser | null => (id ? (users.value.find((u) => u.id === id) ?? null) : null);
  return { ...state, users, find, units: computed(() => units.data.value?.units ?? []) };
}
