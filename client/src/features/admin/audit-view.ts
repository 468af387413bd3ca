import { diffSchemes, type Scheme } from '@scorecard/shared';
import type { AuditLogQuery } from '@/api/generated/graphql';
import { EN_MONTHS, type Locale } from '@/lib/format';

export type AuditPage = AuditLogQuery['auditLog'];
export type AuditRow = AuditPage['entries'][number];

/** The actions the server records today (free text is accepted too, for actions added later). */
export const KNOWN_ACTIONS = [
  'auth/login',
  'auth/login-failed',
  'auth/logout',
  'user/create',
  'user/update',
  'user/disable',
  'user/reset-password',
  'user/change-password',
  'scheme/create-draft',
  'scheme/update',
  'scheme/freeze',
  'publication/publish',
  'publication/republish',
  'manual-values/set',
  'saved-view/create',
  'saved-view/update',
  'saved-view/start',
  'saved-view/delete',
] as const;

/** i18n key of an action's label: `user/reset-password` → `audit.actions.user_reset-password`. */
export function actionKey(action: string): string {
  return `audit.actions.${action.replace(/\//g, '_')}`;
}

/**
 * An ISO instant in the viewer's time zone (or `timeZone`), to the second:
 * zh-CN `2024年3月5日 14:03:09`, en `Mar 5, 2024 14:03:09`.
 */
export function fmtDateTime(iso: string | null | undefined, locale: Locale, timeZone?: string, na = '—'): string {
  if (!iso) return na;
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(date);
  const part = (type: Intl.DateTimeFormatPartTypes): string => parts.find((p) => p.type === type)?.value ?? '';
  const [y, m, d] = [part('year'), Number(part('month')), Number(part('day'))];
  const time = `${part('hour')}:${part('minute')}:${part('second')}`;
  if (locale === 'zh-CN') return `${y}年${m}月${d}日 ${time}`;
  return `${EN_MONTHS[m - 1]} ${d}, ${y} ${time}`;
}

/** A JSON snapshot as an object: null when absent; a non-object or unreadable text is kept under `value`. */
export function parseSnapshot(text: string | null | undefined): Record<string, unknown> | null {
  if (text == null || text === '') return null;
  try {
    const value: unknown = JSON.parse(text);
    if (value !== null && typeof value === 'object' && !Array.isArray(value)) return value as Record<string, unknown>;
    return { value };
  } catch {
    return { value: text };
  }
}

/** A field value for the diff table: strings as they are, everything else as compact JSON. */
export function showValue(value: unknown): string {
  if (value === undefined) return '—';
  if (typeof value === 'string') return value;
  return JSON.stringify(value);
}

export type ChangeKind = 'added' | 'removed' | 'changed' | 'same';
export interface DiffRow {
  field: string;
  before: string;
  after: string;
  change: ChangeKind;
}

function isScheme(value: unknown): value is Scheme {
  return !!value && typeof value === 'object' && Array.isArray((value as { dimensions?: unknown }).dimensions);
}

/** A scheme edit as its changes (`scheme E › E2 rule: band(0.6, 0.95) → minmax`) rather than two JSON blobs. */
function schemeRows(before: Scheme, after: Scheme): DiffRow[] {
  return diffSchemes(before, after).map((c) => ({
    field: `scheme ${[c.dimensionId, c.subIndicatorId].filter(Boolean).join(' › ')} ${c.field ?? c.kind}`
      .replace(/\s+/g, ' ')
      .trim(),
    before: c.before ?? '—',
    after: c.after ?? '—',
    change: c.kind === 'changed' ? 'changed' : c.kind,
  }));
}

/** Field by field, in the order the fields first appear (before, then fields only in after). */
export function auditDiff(beforeText: string | null | undefined, afterText: string | null | undefined): DiffRow[] {
  const before = parseSnapshot(beforeText);
  const after = parseSnapshot(afterText);
  const fields = [...new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})])];
  return fields.flatMap((field): DiffRow[] => {
    if (field === 'scheme' && isScheme(before?.scheme) && isScheme(after?.scheme))
      return schemeRows(before.scheme, after.scheme);
    const inBefore = before != null && Object.hasOwn(before, field);
    const inAfter = after != null && Object.hasOwn(after, field);
    const b = inBefore ? before[field] : undefined;
    const a = inAfter ? after[field] : undefined;
    let change: ChangeKind = 'same';
    if (!inBefore) change = before == null ? 'same' : 'added';
    else if (!inAfter) change = after == null ? 'same' : 'removed';
    else if (JSON.stringify(b) !== JSON.stringify(a)) change = 'changed';
    return [{ field, before: showValue(b), after: showValue(a), change }];
  });
}

/**
 * One line for the collapsed cell. With both snapshots: the changed fields (`role: UNIT → ASSESSOR`),
 * with only one: its fields. `version` alone is noise, so it is left out when other fields changed.
 */
export function auditSummary(rows: readonly DiffRow[], max = 3): string {
  const changed = rows.filter((r) => r.change !== 'same');
  const shown = changed.length
    ? changed.filter((r) => r.field !== 'version' || changed.length === 1)
    : rows.map((r) => ({ ...r, change: 'same' as const }));
  const text = shown.slice(0, max).map((r) => {
    if (r.change === 'changed') return `${r.field}: ${r.before} → ${r.after}`;
    if (r.change === 'removed') return `${r.field}: ${r.before} → —`;
    return `${r.field}: ${r.after !== '—' ? r.after : r.before}`;
  });
  if (shown.length > max) text.push(`+${shown.length - max}`);
  return text.join('; ');
}
