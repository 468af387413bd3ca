import { describe, expect, test } from 'vitest';
import en from '@/i18n/en';
import zhCN from '@/i18n/zh-CN';
import { labelledFields } from './evidence-fields';

/** A tiny t/te over one message tree, as vue-i18n resolves dotted keys. */
function translator(messages: unknown) {
  const lookup = (key: string): unknown =>
    key
      .split('.')
      .reduce<unknown>(
        (node, part) => (node && typeof node === 'object' ? (node as Record<string, unknown>)[part] : undefined),
        messages,
      );
  return {
    t: (key: string) => String(lookup(key) ?? key),
    te: (key: string) => typeof lookup(key) === 'string',
  };
}

describe('evidence details are labelled and translated', () => {
  const fields = [
    { name: 'resource_id', value: 'ZZ-D-001-R0002' },
    { name: 'cycle', value: 'weekly' },
    { name: 'window_start', value: '2023-11-27' },
    { name: 'officer_id', value: null },
    { name: 'mystery_column', value: 'x' },
  ];

  test('English: labels, coded values and missing values in words; unknown names as sent', () => {
    const { t, te } = translator(en);
    expect(labelledFields(fields, t, te).map((f) => [f.label, f.value])).toEqual([
      ['Resource ID', 'ZZ-D-001-R0002'],
      ['Update cycle', 'Weekly'],
      ['Window start', '2023-11-27'],
      ['Officer ID', 'none'],
      ['mystery_column', 'x'],
    ]);
  });

  test('Chinese', () => {
    const { t, te } = translator(zhCN);
    const out = labelledFields(fields, t, te);
    expect(out[1]).toMatchObject({ label: '更新周期', value: '每周', empty: false });
    expect(out[3]).toMatchObject({ label: '安全员编号', value: '无', empty: true });
  });

  test('every field name the server sends has a label in both languages', () => {
    const names = Object.keys(zhCN.evidence.fieldNames);
    expect(Object.keys(en.evidence.fieldNames).sort()).toEqual(names.sort());
  });
});
