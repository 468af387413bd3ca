import { dashboardExtras } from './catalogue/dashboard-extras';
import { core } from './catalogue/core';
import { ranking } from './catalogue/ranking';
import { unit } from './catalogue/unit';
import { imports } from './catalogue/imports';
import { admin } from './catalogue/admin';
import { workbench } from './catalogue/workbench';
import { methodology } from './catalogue/methodology';
import { insights } from './catalogue/insights';
import { remediation } from './catalogue/remediation';

/**
 * Every text of the UI, each written once with its two languages side by side: m(Chinese, English).
 * zh-CN.ts and en.ts are derived from it, so both locales always have the same keys. The texts live in
 * one file per area of the app (catalogue/); a top-level key belongs to exactly one of them.
 */
export const catalogue = {
  ...dashboardExtras,
  ...core,
  ...ranking,
  ...unit,
  ...imports,
  ...admin,
  ...workbench,
  ...methodology,
  ...insights,
  ...remediation,
};
