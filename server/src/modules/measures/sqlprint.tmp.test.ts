import { writeFileSync } from 'node:fs';
import { requirePeriod } from '@scorecard/shared';
import { test } from 'vitest';
import { MEASURE_QUERIES } from './measure-queries.js';
test('print', () => {
  for (const id of ['2023-03', '2023']) {
    const q = MEASURE_QUERIES.find((m) => m.id === 'U1')!.sql(requirePeriod(id));
    let i = 0;
    writeFileSync(`/tmp/u1-${id}.sql`, q.text.replace(/\?/g, () => `'${q.params[i++]}'`) + ';\n');
  }
});
