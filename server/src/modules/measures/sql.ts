import type { SqlParam } from './db.js';

/** A SQL fragment with its `?` parameters in text order. */
export interface Sql {
  readonly text: string;
  readonly params: readonly SqlParam[];
}

function isSql(v: unknown): v is Sql {
  return typeof v === 'object' && v !== null && 'text' in v && 'params' in v;
}

/**
 * Tagged template: interpolated values become `?` parameters, interpolated fragments are spliced in
 * with their own parameters, so text and parameter order can never drift apart.
 */
export function sql(strings: TemplateStringsArray, ...values: Array<SqlParam | Sql>): Sql {
  let text = strings[0] ?? '';
  const params: SqlParam[] = [];
  values.forEach((v, i) => {
    if (isSql(v)) {
      text += v.text;
      params.push(...v.params);
    } else {
      text += '?';
      params.push(v);
    }
    text += strings[i + 1] ?? '';
  });
  return { text, params };
}

/** A fragment without parameters (trusted text written in this module, never user input). */
export function raw(text: string): Sql {
  return { text, params: [] };
}

export function join(parts: Sql[], separator: string): Sql {
  return {
    text: parts.map((p) => p.text).join(separator),
    params: parts.flatMap((p) => p.params),
  };
}

/** `and <column> = ?` when a unit is given (evidence), nothing otherwise (all units). */
export function unitFilter(column: string, unitCode: string | undefined): Sql {
  return unitCode === undefined ? raw('') : sql`${raw(` and ${column} = `)}${unitCode}`;
}

/** The text of a fragment that has no parameters (rules rendered with column bounds), for SQL built as plain text. */
export function parameterFreeText(fragment: Sql): string {
  if (fragment.params.length > 0) throw new Error(`expected a fragment without parameters: ${fragment.text}`);
  return fragment.text;
}
