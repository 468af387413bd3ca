/**
 * A tiny structured logger: one JSON line per event on stderr (for log collectors), or a short
 * readable line when stderr is a terminal. Errors keep their stack here, never in API responses.
 */
type Fields = Record<string, unknown> & { err?: unknown };

function write(level: string, fields: Fields, message: string): void {
  if (process.env.LOG_LEVEL === 'silent') return;
  if (level === 'debug' && process.env.LOG_LEVEL !== 'debug') return;
  const { err, ...rest } = fields;
  const line: Record<string, unknown> & { time: string } = { time: new Date().toISOString(), level, msg: message, ...rest };
  if (err instanceof Error) line.err = { name: err.name, message: err.message, stack: err.stack };
  else if (err !== undefined) line.err = String(err);
  if (process.stderr.isTTY && process.env.LOG_FORMAT !== 'json') {
    const extra = Object.entries(rest).map(([k, v]) => `${k}=${typeof v === 'string' ? v : JSON.stringify(v)}`).join(' ');
    const stack = err instanceof Error ? `\n${err.stack}` : err !== undefined ? ` ${String(err)}` : '';
    process.stderr.write(`${line.time.slice(11, 19)} ${level.padEnd(5)} ${message}${extra ? `  ${extra}` : ''}${stack}\n`);
    return;
  }
  process.stderr.write(`${JSON.stringify(line)}\n`);
}

export const logger = {
  debug: (fields: Fields, message: string) => write('debug', fields, message),
  info: (fields: Fields, message: string) => write('info', fields, message),
  warn: (fields: Fields, message: string) => write('warn', fields, message),
  error: (fields: Fields, message: string) => write('error', fields, message),
};
