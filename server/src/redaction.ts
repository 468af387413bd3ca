/**
 * What must never reach a log line or the audit log: secret fields (by name, at any depth), values of
 * statements on the tables that hold credentials, and anything shaped like a bcrypt hash.
 */

/** Field names whose values are secrets: passwords, tokens, cookies, authorization headers, hashes. */
export const SECRET_FIELD = /password|passwd|secret|token|cookie|authori[sz]ation|hash|credential|api[-_]?key/i;

/** Tables whose rows hold credentials (password hashes, session token hashes). */
const SENSITIVE_TABLE = /\b(?:into|update|from|join|table)\s+[`"]?(?:users|sessions)\b/i;
const SQL_STRING = /'(?:[^']|'')*'/g;
const BCRYPT = /\$2[abxy]?\$\d{2}\$[./A-Za-z0-9]{53}/g;
const MAX_DEPTH = 8;

export const REDACTED = '[redacted]';

/**
 * A statement (or an error message quoting one) with its values blanked when it touches a sensitive
 * table, and bcrypt hashes blanked wherever they appear. Statements on other tables keep their
 * values: they are what an operator needs to find a bad import row.
 */
export function scrubStatement(text: string): string {
  const scrubbed = SENSITIVE_TABLE.test(text) ? text.replace(SQL_STRING, "'?'") : text;
  return scrubbed.replace(BCRYPT, REDACTED);
}

/**
 * A copy of plain data with secret fields replaced and every string scrubbed. Error objects are
 * left to the logger's error serializer (which calls this on the serialized form).
 */
export function redactSecrets(value: unknown, depth = 0, seen = new WeakSet<object>()): unknown {
  if (typeof value === 'string') return scrubStatement(value);
  if (!value || typeof value !== 'object' || value instanceof Error || depth > MAX_DEPTH) return value;
  if (seen.has(value)) return '[circular]';
  seen.add(value);
  if (Array.isArray(value)) return value.map((v) => redactSecrets(v, depth + 1, seen));
  const proto = Object.getPrototypeOf(value) as unknown;
  if (proto !== Object.prototype && proto !== null) return value;
  const out: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(value as Record<string, unknown>)) {
    out[key] = SECRET_FIELD.test(key) && v !== null && v !== undefined ? REDACTED : redactSecrets(v, depth + 1, seen);
  }
  return out;
}
