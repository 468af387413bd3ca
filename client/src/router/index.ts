import { createRouter, createWebHistory, type RouteLocationRaw, type RouteRecordRaw } from 'vue-router';
import { parsePeriod } from '@scorecard/shared';
import type { PeriodKind, Role } from '@/api/generated/graphql';
import { useSessionStore } from '@/stores/session';
import { isScope, useContextStore } from '@/stores/context';
import { fallbackScope } from '@/lib/scope';
import { AUDIT_ROLES, USER_ADMIN_ROLES } from '@/features/admin/access';
import { WORKBENCH_ROLES } from '@/features/workbench/access';
import { IMPORT_ROLES, TOKEN_ROLES } from '@/features/imports/access';
import { loadStartViewUrl } from '@/features/saved-views/use-saved-views';
import { QUEUE_ROLES, SUMMARY_ROLES, WORKDAY_ROLES } from '@/features/remediation/access';

declare module 'vue-router' {
  interface RouteMeta {
    /** reachable without signing in */
    public?: boolean;
    /** the page shows one period/scope: both are always in the query so the URL can be shared */
    period?: boolean;
    /** roles allowed; absent = every signed-in user */
    roles?: readonly Role[];
  }
}

const EVERY_UNIT: readonly Role[] = ['LEADER', 'ASSESSOR', 'ADMIN'];

const routes: RouteRecordRaw[] = [
  { path: '/login', name: 'login', component: () => import('@/features/auth/LoginPage.vue'), meta: { public: true } },
  {
    path: '/bigscreen',
    name: 'bigscreen',
    component: () => import('@/features/bigscreen/BigScreenPage.vue'),
    meta: { period: true, roles: EVERY_UNIT },
  },
  {
    path: '/',
    component: () => import('@/features/layout/AppLayout.vue'),
    children: [
      { path: '', name: 'home', component: { render: () => null } },
      {
        path: 'ranking',
        name: 'ranking',
        component: () => import('@/features/ranking/RankingPage.vue'),
        meta: { period: true },
      },
      {
        path: 'units/:code',
        name: 'unit',
        component: () => import('@/features/unit/UnitPage.vue'),
        meta: { period: true },
      },
      {
        path: 'units/:code/report',
        name: 'unit-report',
        component: () => import('@/features/report/UnitReportPage.vue'),
        meta: { period: true },
      },
      {
        path: 'compare',
        name: 'compare',
        component: () => import('@/features/compare/ComparePage.vue'),
        meta: { period: true, roles: EVERY_UNIT },
      },
      {
        path: 'early-warning',
        name: 'early-warning',
        component: () => import('@/features/insights/EarlyWarningPage.vue'),
      },
      {
        path: 'workbench',
        name: 'workbench',
        component: () => import('@/features/workbench/WorkbenchPage.vue'),
        meta: { period: true, roles: WORKBENCH_ROLES },
      },
      {
        path: 'methodology',
        name: 'methodology',
        component: () => import('@/features/methodology/MethodologyPage.vue'),
      },
      {
        path: 'remediation',
        name: 'remediation',
        component: () => import('@/features/remediation/RemediationBoardPage.vue'),
      },
      {
        path: 'remediation/items/:id',
        name: 'remediation-item',
        component: () => import('@/features/remediation/RemediationItemPage.vue'),
      },
      {
        path: 'remediation/queue',
        name: 'remediation-queue',
        component: () => import('@/features/remediation/RemediationQueuePage.vue'),
        meta: { roles: QUEUE_ROLES },
      },
      {
        path: 'remediation/summary',
        name: 'remediation-summary',
        component: () => import('@/features/remediation/RemediationSummaryPage.vue'),
        meta: { roles: SUMMARY_ROLES },
      },
      { path: 'appeals', name: 'appeals', component: () => import('@/features/remediation/AppealsPage.vue') },
      { path: 'appeals/:id', name: 'appeal', component: () => import('@/features/remediation/AppealPage.vue') },
      {
        path: 'admin/workdays',
        name: 'admin-workdays',
        component: () => import('@/features/admin/WorkdaysPage.vue'),
        meta: { roles: WORKDAY_ROLES },
      },
      {
        path: 'admin/users',
        name: 'admin-users',
        component: () => import('@/features/admin/UsersPage.vue'),
        meta: { roles: USER_ADMIN_ROLES },
      },
      {
        path: 'admin/audit',
        name: 'admin-audit',
        component: () => import('@/features/admin/AuditPage.vue'),
        meta: { roles: AUDIT_ROLES },
      },
      {
        path: 'imports',
        name: 'imports',
        component: () => import('@/features/imports/ImportPage.vue'),
        meta: { roles: IMPORT_ROLES },
      },
      {
        path: 'admin/tokens',
        name: 'admin-tokens',
        component: () => import('@/features/admin/TokensPage.vue'),
        meta: { roles: TOKEN_ROLES },
      },
    ],
  },
  { path: '/:pathMatch(.*)*', redirect: '/' },
];

export const router = createRouter({
  history: createWebHistory(import.meta.env.BASE_URL),
  routes,
  scrollBehavior: (_to, _from, saved) => saved ?? { top: 0 },
});

/** Where a user starts: a unit user on its own scorecard, everyone else on the ranking. */
export function homeFor(role: Role | null, unitCode: string | null): RouteLocationRaw {
  if (role === 'UNIT' && unitCode) return { name: 'unit', params: { code: unitCode } };
  return { name: 'ranking' };
}

router.beforeEach(async (to) => {
  const session = useSessionStore();
  if (to.meta.public) return true;

  await session.ensureLoaded();
  if (!session.user) return { name: 'login', query: to.fullPath === '/' ? {} : { redirect: to.fullPath } };

  const home = homeFor(session.role, session.ownUnitCode);
  // A saved view the user made its start page opens instead of the role's default.
  if (to.name === 'home') return (await loadStartViewUrl()) ?? home;
  if (to.meta.roles && session.role && !to.meta.roles.includes(session.role)) return home;
  // A unit user sees only its own scorecard.
  if ((to.name === 'unit' || to.name === 'unit-report') && session.isUnitUser && to.params.code !== session.ownUnitCode) {
    return home;
  }

  if (to.meta.period) {
    const context = useContextStore();
    const period = typeof to.query.period === 'string' && parsePeriod(to.query.period) ? to.query.period : null;
    const scope = isScope(to.query.scope) ? to.query.scope : null;
    if (!period || !scope) {
      try {
        await context.ensurePeriods();
      } catch {
        // The page shows the error; without periods there is nothing to default to.
        return true;
      }
      // A saved view "always the latest quarter" carries the kind (`pk`) instead of a period.
      const kind = typeof to.query.pk === 'string' && /^(MONTH|QUARTER|YEAR)$/.test(to.query.pk) ? to.query.pk : null;
      const fallback =
        period ??
        (kind ? context.latestWithData(kind as PeriodKind) : null) ??
        context.defaultPeriod(session.role === 'LEADER' || session.role === 'UNIT');
      if (!fallback) return true;
      // A period in the URL that is no period at all is named on the page (ContextBar), not silently replaced.
      const raw = typeof to.query.period === 'string' && to.query.period !== '' ? to.query.period : null;
      const invalid = !period && raw ? { periodInvalid: raw.slice(0, 40) } : {};
      const { pk: _kind, ...rest } = to.query;
      return {
        ...to,
        query: { ...rest, ...invalid, period: fallback, scope: scope ?? context.lastScope },
        replace: true,
      };
    }
    // A unit page always shows its unit: a scope that does not contain it falls back to the unit's own kind,
    // and `scopeFrom` tells the page to say so (UnitPage's notice).
    if (to.name === 'unit' && typeof to.params.code === 'string' && scope !== 'ALL') {
      const code = to.params.code;
      const kind = code === session.ownUnitCode ? (session.user.unit?.kind ?? null) : await context.unitKind(code);
      const fallback = kind ? fallbackScope(kind, scope) : null;
      if (fallback) return { ...to, query: { ...to.query, scope: fallback, scopeFrom: scope }, replace: true };
    }
    context.remember(period, scope);
  }
  return true;
});
