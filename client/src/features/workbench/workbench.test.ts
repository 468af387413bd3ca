import { describe, expect, test } from 'vitest';
import { computeRanking, defaultScheme, parsePeriod, type MeasureTable, type UnitRef } from '@scorecard/shared';
import {
  issuesByPath,
  issuesUnder,
  manualSubIndicator,
  measureRange,
  ruleParams,
  schemeText,
  switchRule,
  usedIds,
} from './scheme-editor';
import { compareRankings, movedCount, toEngineInput, topMovers, type WhatIfRow } from './what-if';
import { changesByPeriod, parseCell, toGrid } from './manual-grid';

describe('rule switches keep what can be kept', () => {
  test.each([
    [
      'band → scale keeps the two bounds',
      { kind: 'band', floor: 0.6, target: 0.95 } as const,
      'scale',
      'U1',
      { kind: 'scale', lo: 0.6, hi: 0.95 },
    ],
    [
      'scale → band keeps them too',
      { kind: 'scale', lo: 1, hi: 5 } as const,
      'band',
      'E3',
      { kind: 'band', floor: 1, target: 5 },
    ],
    [
      'band → logTarget on E1 starts at SPEC §3 target',
      { kind: 'band', floor: 0.6, target: 0.95 } as const,
      'logTarget',
      'E1',
      { kind: 'logTarget', targetPerMonth: 10000 },
    ],
    [
      'binary → band starts inside the measure range',
      { kind: 'binary' } as const,
      'band',
      'D1',
      { kind: 'band', floor: 1 + 0.6 * 3, target: 1 + 0.95 * 3 },
    ],
    [
      '→ minmax has no parameters',
      { kind: 'band', floor: 0.6, target: 0.95 } as const,
      'minmax',
      'U1',
      { kind: 'minmax' },
    ],
  ] as const)('%s', (_, from, kind, measure, expected) => {
    expect(switchRule(from, kind, measure)).toEqual(expected);
  });

  test('the same kind is left as it is', () => {
    const rule = { kind: 'band', floor: 0.1, target: 0.2 } as const;
    expect(switchRule(rule, 'band', 'U1')).toBe(rule);
  });

  test('parameters in the order the engine writes them (so a switched rule saves as canonical JSON)', () => {
    expect(ruleParams({ kind: 'band', floor: 0.6, target: 0.95 }).map((p) => p.key)).toEqual(['floor', 'target']);
    expect(Object.keys(switchRule({ kind: 'binary' }, 'scale', 'U1'))).toEqual(['kind', 'lo', 'hi']);
    expect(ruleParams({ kind: 'minmax' })).toEqual([]);
  });

  test('measure ranges: ratios 0–1, E1 counts, means on their scales, manual 0–100', () => {
    expect([
      measureRange('U1'),
      measureRange('E1'),
      measureRange('E3'),
      measureRange('D1'),
      measureRange('M7'),
    ]).toEqual([
      [0, 1],
      [0, 20000],
      [1, 5],
      [1, 4],
      [0, 100],
    ]);
  });
});

describe('editing a scheme', () => {
  test('a manual sub-indicator keeps the key order of a stored one, so the text compares equal', () => {
    const sub = manualSubIndicator('M1', '创新应用', 'Innovation', 10);
    expect(Object.keys(sub)).toEqual(['id', 'name', 'weight', 'measureId', 'source', 'rule', 'enabled']);
    expect(sub).toMatchObject({ measureId: 'M1', source: 'manual', enabled: true });
    const s = defaultScheme();
    expect(schemeText(JSON.parse(schemeText(s)))).toBe(schemeText(s));
  });

  test('ids in use include dimensions, sub-indicators and measures', () => {
    const ids = usedIds(defaultScheme());
    expect(['U', 'U1', 'E3', 'D'].every((id) => ids.has(id))).toBe(true);
    expect(ids.has('M1')).toBe(false);
  });

  test('issues are found by field and by row', () => {
    const s = defaultScheme();
    s.dimensions[1]!.subIndicators[1]!.rule = { kind: 'band', floor: 0.9, target: 0.9 };
    s.dimensions[1]!.weight = 0;
    const map = issuesByPath(s);
    expect(map.get('dimensions.1.weight')?.map((i) => i.code)).toEqual(['scheme/invalid-weight']);
    expect(issuesUnder(map, 'dimensions.1.subIndicators.1').map((i) => i.code)).toEqual(['scheme/invalid-band']);
    expect(issuesUnder(map, 'dimensions.1').map((i) => i.path)).toEqual([
      'dimensions.1.weight',
      'dimensions.1.subIndicators.1.rule',
    ]);
    // A prefix is a path segment, not a string prefix: dimensions.1 is not dimensions.10.
    expect(issuesUnder(new Map([['dimensions.10.weight', []]]), 'dimensions.1')).toEqual([]);
  });
});

describe('what-if comparison', () => {
  const v = (value: number) => ({ value, numerator: null, denominator: null });
  const units: UnitRef[] = ['A', 'B', 'C'].map((code) => ({ code, name: `单位${code}`, kind: 'municipal' }));
  const measures: MeasureTable = {
    A: { U1: v(0.95), E2: v(0.6) },
    B: { U1: v(0.6), E2: v(0.95) },
    C: { U1: v(0.7), E2: v(0.7) },
  };
  const period = parsePeriod('2023-03')!;
  const baseline = defaultScheme();
  const draft = defaultScheme();
  // Baseline: A and B tie at (100 + 0)/2 = 50, C scores 28.57 on both. Draft with U at 5:
  // A = 5·100/30 = 16.67, B = 25·100/30 = 83.33, C still 28.57.
  draft.dimensions[0]!.weight = 5;
  const rank = (scheme: typeof baseline) => computeRanking({ period, scheme, units, measures, scope: 'all' });
  const rows = compareRankings(rank(baseline), rank(draft), new Map(units.map((u) => [u.code, u.name])));

  test('rows in the draft order with the baseline beside them', () => {
    expect(rows.map((r) => [r.code, r.baselineRank, r.draftRank, r.change])).toEqual([
      ['B', 1, 1, 0],
      ['C', 3, 2, 1],
      ['A', 1, 3, -2],
    ]);
    expect(rows[0]!.name).toBe('单位B');
  });

  test('who moves most, and how many move', () => {
    const { up, down } = topMovers(rows);
    expect(up.map((r) => r.code)).toEqual(['C']);
    expect(down.map((r) => r.code)).toEqual(['A']);
    expect(movedCount(rows)).toBe(2);
  });

  test('unranked units are neither movers nor counted', () => {
    const row: WhatIfRow = {
      code: 'X',
      name: 'X',
      baselineRank: null,
      draftRank: 4,
      change: null,
      baselineComposite: null,
      draftComposite: 1,
    };
    expect(movedCount([row])).toBe(0);
    expect(topMovers([row])).toEqual({ up: [], down: [] });
  });

  test('the API answer becomes the engine input (kinds in lower case, every value kept)', () => {
    const input = toEngineInput({
      period: '2023-03',
      units: [
        {
          unit: { code: 'A', name: '甲', kind: 'PUBLIC_SERVICE' },
          values: [{ measureId: 'U1', value: 0.5, numerator: 1, denominator: 2 }],
        },
      ],
    });
    expect(input).toEqual({
      units: [{ code: 'A', name: '甲', kind: 'public_service' }],
      measures: { A: { U1: { value: 0.5, numerator: 1, denominator: 2 } } },
    });
  });
});

describe('manual values grid', () => {
  const cells = [
    { unitCode: 'A', period: '2023-01', value: 80 },
    { unitCode: 'B', period: '2023-02', value: 70 },
    { unitCode: 'Z', period: '2023-01', value: 1 },
  ];
  const grid = toGrid(cells, ['A', 'B'], ['2023-01', '2023-02']);

  test('cells by unit and period; unknown units and periods are left out', () => {
    expect(grid).toEqual({ A: { '2023-01': 80, '2023-02': null }, B: { '2023-01': null, '2023-02': 70 } });
  });

  test('changes are grouped by period; clearing a value sends null', () => {
    const edited = structuredClone(grid);
    edited.A!['2023-02'] = 65;
    edited.B!['2023-02'] = null;
    edited.A!['2023-01'] = 80;
    expect([...changesByPeriod(grid, edited)]).toEqual([
      [
        '2023-02',
        [
          { unitCode: 'A', value: 65 },
          { unitCode: 'B', value: null },
        ],
      ],
    ]);
  });

  test.each([
    ['', null],
    ['  ', null],
    ['88.5', 88.5],
    ['-3', -3],
    ['abc', undefined],
    ['1e999', undefined],
  ])('cell text %j → %j', (text, value) => {
    expect(parseCell(text)).toBe(value);
  });
});
