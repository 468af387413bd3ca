import { writeFile } from 'node:fs/promises';
import type { GeneratedSummary } from './generate.js';

/** What ABOUT.txt says: the generation's summary and the generator's version. */
export type AboutInfo = Omit<GeneratedSummary, 'outDir' | 'totalRows' | 'seconds'> & { version: string };

/** ABOUT.txt: says plainly that the data is synthetic, and how to regenerate it byte for byte. */
export async function writeAbout(path: string, info: AboutInfo): Promise<void> {
  const lines = [
    '智慧考评 合成演示数据 — Smart Evaluation Scorecard synthetic demo data',
    '',
    '本目录中的数据为程序生成的合成演示数据（合成演示数据），仅用于演示和测试。',
    '单位名称取自郑州市公开的单位名称，但所有资源、更新、调用、需求、系统、专员、事项、办件、评价和安全事件记录',
    '均为随机生成，不反映任何真实单位的实际情况。',
    '',
    'The data in this folder is synthetic demo data. Unit names are the real public names of Zhengzhou',
    "units; every record about them is generated and says nothing about the real units' performance.",
    '',
    `generator: scorecard demo-city generator ${info.version}`,
    `options: --units ${info.units} --months ${info.months} --start ${info.startMonth} --seed ${info.seed}`,
    `date range: ${info.firstDay} .. ${info.lastDay}`,
    `scale: ${JSON.stringify(info.scale)}`,
    'The same options always produce byte-identical files.',
    '',
    'files (rows excluding the header):',
    ...info.files.map((f) => `  ${f.file.padEnd(22)} ${String(f.rows).padStart(10)}`),
    '',
  ];
  await writeFile(path, lines.join('\n'), 'utf8');
}
