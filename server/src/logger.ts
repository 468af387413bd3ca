import pino, { type DestinationStream } from 'pino';
import { currentRequestId } from './http/request-id.js';
import { redactSecrets, scrubStatement } from './redaction.js';

/**
 * The process's logger (pino): one JSON line per event on stderr, with the request id of the HTTP
 * request it belongs to, secrets redacted (redaction.ts). On a terminal, a short readable line
 * instead (LOG_FORMAT=json forces JSON). Call shape: `logger.info({ fields }, 'message')`.
 * Errors keep their stack here, never in API responses.
 */
export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

const level = (LOG_LEVELS as readonly string[]).includes(process.env.LOG_LEVEL ?? '') ? process.env.LOG_LEVEL : 'info';

type Tap = (line: string) => void;
const taps = new Set<Tap>();

function pretty(line: string): string {
  const { time, level: lvl, msg, err, ...rest } = JSON.parse(line) as Record<string, unknown> & { err?: { stack?: string } };
  const extra = Object.entries(rest).map(([k, v]) => `${k}=${typeof v === 'string' ? v : JSON.stringify(v)}`).join(' ');
  const stack = err?.stack ? `\n${err.stack}` : '';
  return `${String(time).slice(11, 19)} ${String(lvl).padEnd(5)} ${String(msg)}${extra ? `  ${extra}` : ''}${stack}\n`;
}

const destination: DestinationStream = {
  write(line: string) {
    for (const tap of taps) tap(line);
    const readable = process.env.LOG_FORMAT === 'pretty' || (process.stderr.isTTY && process.env.LOG_FORMAT !== 'json');
    process.stderr.write(readable ? pretty(line) : line);
  },
};

export const logger = pino(
  {
    level,
    base: undefined,
    timestamp: pino.stdTimeFunctions.isoTime,
    mixin: () => {
      const requestId = currentRequestId();
      return requestId === '-' ? {} : { requestId };
    },
    formatters: {
      level: (label) => ({ level: label }),
      log: (fields) => redactSecrets(fields) as Record<string, unknown>,
    },
    serializers: {
      err: (err: unknown) => {
        if (!(err instanceof Error)) return scrubStatement(String(err));
        return redactSecrets({ ...pino.stdSerializers.err(err) });
      },
    },
  },
  destination,
);

/** Every line written while `fn` runs (tests: what reached the log). */
export async function captureLog<T>(fn: () => Promise<T>): Promise<{ result: T; lines: string[] }> {
  const lines: string[] = [];
  const tap: Tap = (line) => lines.push(line);
  taps.add(tap);
  try {
    return { result: await fn(), lines };
  } finally {
    taps.delete(tap);
  }
}
