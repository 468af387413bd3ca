import { formatScore, gradeOf } from '@scorecard/shared';
import { describe, expect, test } from 'vitest';
import { createSSRApp, h } from 'vue';
import { createI18n } from 'vue-i18n';
import { renderToString } from 'vue/server-renderer';
import type { Grade } from '@/api/generated/graphql';
import { BAND_COLORS } from '@/charts/bands';
import zhCN from '@/i18n/zh-CN';
import GradeTag from './GradeTag.vue';
import ScoreCell from './ScoreCell.vue';

/** Renders a component the way the page does (with the real zh-CN texts), as HTML. */
async function render(component: object, props: Record<string, unknown>): Promise<string> {
  const i18n = createI18n({ legacy: false, locale: 'zh-CN', messages: { 'zh-CN': zhCN } });
  return renderToString(createSSRApp({ render: () => h(component, props) }).use(i18n));
}

/** The inline text colour of the rendered element. */
function colourOf(html: string): string | undefined {
  return /(?:^|[;"\s])color:\s*([^;"]+)/.exec(html)?.[1]?.trim();
}

/**
 * The number on screen and its colour are the engine's, on the boundary values where a second rounding
 * rule would disagree (issue 10): x.xx4999… that is a half in exact arithmetic, x.xx5, and the grade
 * thresholds. Expectations come from shared (formatScore, gradeOf), not from a copy of the rule.
 */
const BOUNDARIES = [89.994999999996, 89.9949999, 89.995, 79.995, 59.995, 59.994999999, 1.005, 72.345, 100, 0];

describe('score cells show the engine’s number in the engine’s grade colour', () => {
  test.each(BOUNDARIES)('%d', async (score) => {
    const html = await render(ScoreCell, { value: score });
    expect(html).toContain(`>${formatScore(score)}<`);
    expect(colourOf(html)).toBe(BAND_COLORS[gradeOf(score)!]);
  });

  test('89.995 reads 90.00 and is green, like 优秀', async () => {
    const html = await render(ScoreCell, { value: 89.995 });
    expect(html).toContain('>90.00<');
    expect(colourOf(html)).toBe(BAND_COLORS.excellent);
  });

  test('N/A shows the localised text in grey', async () => {
    const html = await render(ScoreCell, { value: null });
    expect(html).toContain(`>${zhCN.common.na}<`);
    expect(colourOf(html)).toBe(BAND_COLORS.na);
  });
});

describe('grade tags match the cell beside them', () => {
  test.each(BOUNDARIES)('%d', async (score) => {
    const grade = gradeOf(score)!;
    const html = await render(GradeTag, { grade: grade.toUpperCase() as Grade });
    expect(html).toContain(`>${zhCN.grade[grade.toUpperCase() as Grade]}<`);
    expect(colourOf(html)).toBe(colourOf(await render(ScoreCell, { value: score })));
  });
});
