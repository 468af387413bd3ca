import { defineStore } from 'pinia';
import { computed, shallowRef } from 'vue';
import { request, setUnauthenticatedHandler, TOKEN_KEY } from '@/api/request';
import {
  AppInfoDocument,
  LoginDocument,
  LogoutDocument,
  MeDocument,
  type MeQuery,
  type AppInfoQuery,
} from '@/api/generated/graphql';

export type SessionUser = NonNullable<MeQuery['me']>;
export type AppInfo = AppInfoQuery['appInfo'];

/** Who is signed in. The token lives in session storage; the server also sets an httpOnly cookie. */
export const useSessionStore = defineStore('session', () => {
  const user = shallowRef<SessionUser | null>(null);
  const appInfo = shallowRef<AppInfo | null>(null);
  let loaded: Promise<void> | null = null;

  const role = computed(() => user.value?.role ?? null);
  const isUnitUser = computed(() => role.value === 'UNIT');
  /** LEADER / ASSESSOR / ADMIN see every unit's details. */
  const seesAllDetails = computed(() => role.value != null && role.value !== 'UNIT');
  const ownUnitCode = computed(() => user.value?.unit?.code ?? null);

  function clear(): void {
    sessionStorage.removeItem(TOKEN_KEY);
    user.value = null;
    loaded = Promise.resolve();
  }

  /** Loads the current user once (the cookie or stored token may still be valid). */
  function ensureLoaded(): Promise<void> {
    loaded ??= request(MeDocument)
      .then((result) => {
        user.value = result.me;
      })
      .catch(() => {
        user.value = null;
      });
    return loaded;
  }

  async function loadAppInfo(): Promise<void> {
    if (appInfo.value) return;
    try {
      appInfo.value = (await request(AppInfoDocument)).appInfo;
    } catch {
      // The badge is informative only; the rest of the app works without it.
    }
  }

  async function login(username: string, password: string): Promise<SessionUser> {
    const { login: payload } = await request(LoginDocument, { username, password });
    sessionStorage.setItem(TOKEN_KEY, payload.token);
    user.value = payload.user;
    loaded = Promise.resolve();
    return payload.user;
  }

  async function logout(): Promise<void> {
    try {
      await request(LogoutDocument);
    } finally {
      clear();
    }
  }

  setUnauthenticatedHandler(() => {
    if (user.value) clear();
  });

  return {
    user,
    appInfo,
    role,
    isUnitUser,
    seesAllDetails,
    ownUnitCode,
    ensureLoaded,
    loadAppInfo,
    login,
    logout,
    clear,
  };
});
