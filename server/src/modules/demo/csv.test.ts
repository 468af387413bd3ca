import { createReadStream, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { csvField, FORMULA_INJECTION_SAMPLES } from '@scorecard/shared';
import { afterAll, expect, test } from 'vitest';
import { readCsv } from '../imports/csv-reader.js';
import { CsvFile } from './csv.js';

const dir = mkdtempSync(join(tmpdir(), 'demo-csv-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/**
 * The generator's writer (CsvFile + csvField on free text, as incidents.ts writes descriptions) never
 * writes a cell a spreadsheet would run as a formula: read back by the importer's own CSV reader, each
 * OWASP sample comes back as text with the leading apostrophe, and numbers stay numbers.
 */
test('free-text cells of generated files are spreadsheet-safe', async () => {
  const path = join(dir, 'incidents.csv');
  const file = new CsvFile(path, ['incident_id', 'unit_code', 'occurred_on', 'severity', 'description']);
  FORMULA_INJECTION_SAMPLES.forEach((text, i) => file.row(`INC-${i},U1,2023-03-01,low,${csvField(text)}`));
  file.row(`INC-N,U1,2023-03-01,low,${csvField('-3')}`);
  await file.close();

  const descriptions: string[] = [];
  for await (const batch of readCsv(createReadStream(path)).batches) {
    for (const row of batch) if (row.line > 1) descriptions.push(String(row.cells[4]));
  }
  expect(descriptions).toEqual([...FORMULA_INJECTION_SAMPLES.map((s) => `'${s}`), '-3']);
});
