import { describe, expect, test } from 'vitest';
import { relativeView, viewFromRoute, viewFromUrl, viewToUrl, type ViewState } from './view-url';

describe('saved view URL', () => {
  test.each<[string, ViewState]>([
    ['a ranking with everything set', {
      page: 'ranking',
      period: '2023-Q4',
      scope: 'DISTRICT',
      tab: 'heatmap',
      sort: 'dim:E:desc',
      search: '金水 区',
      columns: ['U', 'E', 'R'],
      periods: 4,
      average: true,
      hideEmpty: true,
      top: -10,
    }],
    ['the heatmap searched and sorted by a sub-indicator of the shown period', {
      page: 'ranking',
      periodKind: 'QUARTER',
      scope: 'ALL',
      tab: 'heatmap',
      search: '金水',
      heatmapSort: 'U1',
    }],
    ['the heatmap sorted by a column of an earlier period', {
      page: 'ranking',
      period: '2023-12',
      scope: 'ALL',
      tab: 'heatmap',
      periods: 3,
      heatmapSort: '2023-10|E2',
    }],
    ['the heatmap sorted by name', { page: 'ranking', period: '2023-Q4', scope: 'ALL', tab: 'heatmap', heatmapSort: 'name' }],
    ['the newest month, whole city', { page: 'ranking', periodKind: 'MONTH', scope: 'ALL' }],
    ['a unit page', { page: 'unit', unit: 'zz-m-001', period: '2023-12', scope: 'MUNICIPAL', tab: 'trend' }],
    ['a compare set', { page: 'compare', period: '2023', scope: 'ALL', compare: ['zz-m-001', 'zz-d-002', 'zz-p-003'] }],
    ['the early warning', { page: 'early-warning', scope: 'PUBLIC_SERVICE' }],
  ])('%s survives the round trip', (_, view) => {
    const url = viewToUrl(view);
    expect(url.startsWith('/')).toBe(true);
    expect(viewFromUrl(url)).toEqual(view);
    // An absolute link (as shared by mail) reads the same.
    expect(viewFromUrl(`https://scorecard.example.gov.cn${url}`)).toEqual(view);
  });

  test('equal views give equal links whatever the order their fields were set in', () => {
    const a = viewToUrl({ page: 'ranking', scope: 'ALL', sort: 'rank:desc', period: '2023-11' });
    const b = viewToUrl({ period: '2023-11', sort: 'rank:desc', scope: 'ALL', page: 'ranking' });
    expect(a).toBe(b);
    expect(a).toBe('/ranking?period=2023-11&scope=ALL&sort=rank%3Adesc');
  });

  test.each([
    ['/admin/users?scope=ALL'],
    ['/units/<script>'],
    ['/units/a/b'],
    ['/nowhere'],
  ])('%s is not a view', (url) => {
    expect(viewFromUrl(url)).toBeNull();
  });

  test('unreadable parts are dropped, never passed on', () => {
    expect(
      viewFromRoute('/ranking', {
        period: '2023-13',
        pk: 'WEEK',
        scope: 'EVERYONE',
        periods: '9',
        top: '0',
        avg: 'yes',
        units: 'ok-1,bad code,,ok-2',
        hsort: '<img src=x>|U1',
      }),
    ).toEqual({ page: 'ranking', scope: 'ALL', compare: ['ok-1', 'ok-2'] });
  });

  test('a fixed period wins over a period kind; relativeView turns it into its kind', () => {
    expect(viewFromUrl('/ranking?period=2023-Q2&pk=YEAR&scope=ALL')).toEqual({ page: 'ranking', period: '2023-Q2', scope: 'ALL' });
    expect(relativeView({ page: 'ranking', period: '2023-Q2', scope: 'ALL' })).toEqual({
      page: 'ranking',
      periodKind: 'QUARTER',
      scope: 'ALL',
    });
  });
});
