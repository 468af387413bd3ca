import { isValidDate, parseDateValue, parsePeriod, parseTimestampValue, readTimestamp, SUPPORTED_DATES } from '@scorecard/shared';
import { IMPORT_ERROR_CODES as E, type ReasonParams } from './errors.js';
import type { Cell } from './rows.js';

/**
 * Column types of the raw files. Parsed values are what the tables store: dates `YYYY-MM-DD`,
 * timestamps Asia/Shanghai local `YYYY-MM-DD HH:MM:SS` (SPEC §2), numbers as numbers.
 */
export type ColumnType = 'id' | 'text' | 'date' | 'timestamp' | 'int' | 'number' | 'enum' | 'period';

export interface ColumnSpec {
  /** The header name in the file. */
  name: string;
  type: ColumnType;
  optional?: boolean;
  /** enum: the allowed values */
  values?: readonly string[];
  /** int/number: inclusive bounds */
  min?: number;
  max?: number;
  /** id/text: longest allowed value (the column's varchar length) */
  maxLength?: number;
}

export type Value = string | number | null;

export interface CellProblem {
  code: string;
  message: string;
  params: ReasonParams;
}

const INT_RE = /^[+-]?\d+$/;
const NUMBER_RE = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;

/**
 * Parses one cell. Returns the value (null for an empty optional cell) or a problem. Values are
 * trimmed; an empty or blank cell is "no value".
 */
export function parseCell(spec: ColumnSpec, cell: Cell): Value | CellProblem {
  const text = typeof cell === 'string' ? trim(cell) : cell === null ? '' : dateCellText(cell, spec.type);
  if (text === '') {
    return spec.optional ? null : { code: E.missingValue, message: `${spec.name} is required`, params: { column: spec.name } };
  }
  switch (spec.type) {
    case 'id':
    case 'text':
      if (spec.maxLength !== undefined && text.length > spec.maxLength) {
        return { code: E.tooLong, message: `${spec.name} is longer than ${spec.maxLength} characters`, params: { column: spec.name, max: spec.maxLength } };
      }
      return text;
    case 'date':
      return parseDateValue(text) ?? (isValidDate(text)
        ? outsideSupportedDates(E.badDate, spec, text)
        : { code: E.badDate, message: `${spec.name} "${text}" is not a date YYYY-MM-DD`, params: { column: spec.name, value: text } });
    case 'timestamp': {
      if (isPlainLocalTimestamp(text)) return text;
      const ts = parseTimestampValue(text);
      if (ts) return ts.local;
      return readTimestamp(text) ? outsideSupportedDates(E.badTimestamp, spec, text) : {
        code: E.badTimestamp,
        message: `${spec.name} "${text}" is not a timestamp YYYY-MM-DD HH:MM[:SS] or YYYY-MM-DDTHH:MM[:SS][Z|±HH:MM]`,
        params: { column: spec.name, value: text },
      };
    }
    case 'enum':
      return spec.values?.includes(text)
        ? text
        : { code: E.badEnum, message: `${spec.name} "${text}" is not one of ${spec.values?.join(', ')}`, params: { column: spec.name, value: text, allowed: spec.values?.join(', ') ?? '' } };
    case 'int':
    case 'number': {
      const isInt = spec.type === 'int';
      const n = (isInt ? INT_RE : NUMBER_RE).test(text) ? Number(text) : NaN;
      const range = rangeText(spec);
      if (!Number.isFinite(n) || (spec.min !== undefined && n < spec.min) || (spec.max !== undefined && n > spec.max)) {
        return {
          code: E.badNumber, message: `${spec.name} "${text}" is not ${isInt ? 'an integer' : 'a number'}${range}`,
          params: { column: spec.name, value: text, integer: isInt ? 1 : 0, ...(spec.min !== undefined ? { min: spec.min } : {}), ...(spec.max !== undefined ? { max: spec.max } : {}) },
        };
      }
      return n;
    }
    case 'period':
      return parsePeriod(text)
        ? text
        : {
          code: E.badPeriod,
          message: `${spec.name} "${text}" is not a period (2023-03, 2023-Q1 or 2023) from ${SUPPORTED_DATES.start.slice(0, 4)} to ${SUPPORTED_DATES.end.slice(0, 4)}`,
          params: { column: spec.name, value: text, from: SUPPORTED_DATES.start.slice(0, 4), to: SUPPORTED_DATES.end.slice(0, 4) },
        };
  }
}

/** Trims only when needed: most cells have no surrounding blanks, and trim() is not free. */
export function trim(s: string): string {
  return s.length > 0 && s.charCodeAt(0) > 32 && s.charCodeAt(s.length - 1) > 32 ? s : s.trim();
}

/** The dates outside SPEC §2's range: reported like any other bad date, with the reason. */
function outsideSupportedDates(code: string, spec: ColumnSpec, text: string): CellProblem {
  return {
    code, message: `${spec.name} "${text}" is outside the supported dates ${SUPPORTED_DATES.start} … ${SUPPORTED_DATES.end}`,
    params: { column: spec.name, value: text, from: SUPPORTED_DATES.start, to: SUPPORTED_DATES.end },
  };
}

const LOCAL_SECONDS_RE = /^(199\d|20\d\d)-(0[1-9]|1[0-2])-(0[1-9]|1\d|2[0-8]) ([01]\d|2[0-3]):[0-5]\d:[0-5]\d$/;

/**
 * Fast path for the commonest timestamp, already normalised (`YYYY-MM-DD HH:MM:SS`, no offset, a
 * year 1990–2099 and a day ≤ 28 so always valid): the same answer as parseTimestampValue, without
 * its date arithmetic (columns.test.ts checks both agree at the range's edges).
 */
function isPlainLocalTimestamp(s: string): boolean {
  return s.length === 19 && LOCAL_SECONDS_RE.test(s);
}

function rangeText(spec: ColumnSpec): string {
  if (spec.min !== undefined && spec.max !== undefined) return ` from ${spec.min} to ${spec.max}`;
  if (spec.min !== undefined) return ` ≥ ${spec.min}`;
  return '';
}

export function isProblem(v: Value | CellProblem): v is CellProblem {
  return v !== null && typeof v === 'object';
}

const pad = (n: number, w = 2): string => String(n).padStart(w, '0');

/**
 * A workbook date cell as the text a CSV would hold. Excel stores naive local date-times, which
 * ExcelJS hands over as a Date whose UTC fields are the values as written: take them as they are.
 * A date column gets `YYYY-MM-DD` (a cell with a time of day stays a timestamp and is reported);
 * a timestamp column always gets `YYYY-MM-DD HH:MM:SS`; a period column gets `YYYY-MM` for the 1st
 * of a month (Excel turns a typed `2023-03` into 1 March 2023).
 */
export function dateCellText(d: Date, type: ColumnType): string {
  const t = new Date(Math.round(d.getTime() / 1000) * 1000);
  const date = `${pad(t.getUTCFullYear(), 4)}-${pad(t.getUTCMonth() + 1)}-${pad(t.getUTCDate())}`;
  const midnight = t.getUTCHours() === 0 && t.getUTCMinutes() === 0 && t.getUTCSeconds() === 0;
  if (type === 'period' && midnight && t.getUTCDate() === 1) return date.slice(0, 7);
  if (midnight && type !== 'timestamp') return date;
  return `${date} ${pad(t.getUTCHours())}:${pad(t.getUTCMinutes())}:${pad(t.getUTCSeconds())}`;
}
