import 'reflect-metadata';
import { userInfo } from 'node:os';
import { pathToFileURL } from 'node:url';
import type { MikroORM } from '@mikro-orm/core';
import { normalizeUsername } from '@scorecard/shared';
import { DEFAULT_DEMO_PASSWORD, loadConfig } from '../config.js';
import { ROLES, type Role } from '../graphql/context.js';
import { openDatabase } from '../db/orm.js';
import { AppError } from '../errors.js';
import { disableDemoUsers } from '../modules/accounts/initial-users.js';
import { User } from '../modules/accounts/user.entity.js';
import { insertUser, setPassword } from '../modules/accounts/users.service.js';
import { audit, type AuditActor } from '../modules/audit/audit.service.js';

const USAGE = `usage:
  pnpm user:create <username> --role LEADER|UNIT|ASSESSOR|ADMIN [--unit CODE] [--display-name NAME] [--password-stdin]
  pnpm user:reset-password <username> [--password-stdin]
  pnpm user:disable-demo

The password is read from standard input (--password-stdin, or whenever stdin is not a terminal;
one line) or asked for twice without echo. Nothing secret is printed. The database is the one named by
DATABASE_URL (default: the SQLite file of the server). A reset ends all the user's sessions.
disable-demo disables every demo user (admin, leader, assessor, unit-…) that still has the public
demo password (demo1234, or DEMO_PASSWORD), as production mode requires.`;

export interface UserCliIo {
  /** The new password: from stdin or a hidden prompt. */
  readPassword(passwordStdin: boolean): Promise<string>;
  out(line: string): void;
}

interface Parsed {
  command: 'create' | 'reset-password' | 'disable-demo';
  username: string;
  role?: Role;
  unit?: string;
  displayName?: string;
  passwordStdin: boolean;
}

class UsageError extends Error {}

export function parseUserArgs(argv: string[]): Parsed {
  const [command, ...rest] = argv;
  if (command !== 'create' && command !== 'reset-password' && command !== 'disable-demo') {
    throw new UsageError('the command is create, reset-password or disable-demo');
  }
  const parsed: Parsed = { command, username: '', passwordStdin: false };
  if (command === 'disable-demo') {
    if (rest.length) throw new UsageError('disable-demo takes no arguments');
    return parsed;
  }
  for (let i = 0; i < rest.length; i += 1) {
    const arg = rest[i];
    const value = () => {
      const v = rest[++i];
      if (v === undefined) throw new UsageError(`${arg} needs a value`);
      return v;
    };
    if (arg === '--role') {
      const role = value().toUpperCase();
      if (!ROLES.includes(role as Role)) throw new UsageError(`--role must be one of ${ROLES.join(', ')}`);
      parsed.role = role as Role;
    } else if (arg === '--unit') parsed.unit = value();
    else if (arg === '--display-name') parsed.displayName = value();
    else if (arg === '--password-stdin') parsed.passwordStdin = true;
    else if (arg.startsWith('-')) throw new UsageError(`unknown option ${arg}`);
    else if (!parsed.username) parsed.username = arg;
    else throw new UsageError(`unexpected argument ${arg}`);
  }
  if (!parsed.username) throw new UsageError('name the user');
  if (command === 'create' && !parsed.role) throw new UsageError('create needs --role');
  if (command === 'reset-password' && (parsed.role || parsed.unit || parsed.displayName)) {
    throw new UsageError('reset-password takes only a username');
  }
  return parsed;
}

/** Runs one command; returns the exit status. `demoPasswords`: what disable-demo looks for. */
export async function runUserCli(orm: MikroORM, argv: string[], io: UserCliIo, demoPasswords = [DEFAULT_DEMO_PASSWORD]): Promise<number> {
  let args: Parsed;
  try {
    args = parseUserArgs(argv);
  } catch (err) {
    if (!(err instanceof UsageError)) throw err;
    io.out(`${err.message}\n\n${USAGE}`);
    return 2;
  }
  const actor: AuditActor = { userId: null, username: `cli:${userInfo().username}`.slice(0, 64), ip: null, requestId: null };
  const em = orm.em.fork();
  try {
    if (args.command === 'disable-demo') {
      const names = await disableDemoUsers(em, actor, demoPasswords);
      io.out(names.length ? `disabled ${names.length} demo user(s): ${names.join(', ')}` : 'no enabled user has a demo password');
      return 0;
    }
    if (args.command === 'create') {
      const password = await io.readPassword(args.passwordStdin);
      const user = await em.transactional(async (tx) => {
        const created = await insertUser(tx, { username: args.username, role: args.role as Role, unitCode: args.unit ?? null, displayName: args.displayName, password });
        await audit(tx, { actor, action: 'user/create', entityType: 'user', entityId: created.id, after: { username: created.username, role: created.role, unitCode: args.unit ?? null } });
        return created;
      });
      io.out(`created user ${user.username} (${user.role}${args.unit ? `, unit ${args.unit}` : ''})`);
      return 0;
    }
    const user = await em.findOne(User, { username: normalizeUsername(args.username) });
    if (!user) {
      io.out(`no user named ${normalizeUsername(args.username)}`);
      return 1;
    }
    await setPassword(em, actor, user, await io.readPassword(args.passwordStdin));
    io.out(`password of ${user.username} reset; their sessions have ended`);
    return 0;
  } catch (err) {
    if (err instanceof AppError) {
      io.out(err.message);
      return 1;
    }
    throw err;
  }
}

async function readStdinLine(): Promise<string> {
  let text = '';
  process.stdin.setEncoding('utf8');
  for await (const chunk of process.stdin) text += String(chunk);
  return text.split(/\r?\n/)[0] ?? '';
}

/** Reads a line from the terminal without echoing it. */
function readHidden(question: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const stdin = process.stdin;
    process.stderr.write(question);
    stdin.setRawMode(true);
    stdin.setEncoding('utf8');
    stdin.resume();
    let value = '';
    const finish = (error?: Error) => {
      stdin.off('data', onData);
      stdin.setRawMode(false);
      stdin.pause();
      process.stderr.write('\n');
      if (error) reject(error);
      else resolve(value);
    };
    const onData = (chunk: string) => {
      for (const ch of chunk) {
        if (ch === '\r' || ch === '\n') return finish();
        if (ch === '\u0003') return finish(new Error('cancelled'));
        if (ch === '\u007f' || ch === '\b') value = value.slice(0, -1);
        else value += ch;
      }
    };
    stdin.on('data', onData);
  });
}

const terminalIo: UserCliIo = {
  async readPassword(passwordStdin) {
    if (passwordStdin || !process.stdin.isTTY) return readStdinLine();
    const first = await readHidden('New password: ');
    const again = await readHidden('Repeat it: ');
    if (first !== again) throw new AppError('BAD_USER_INPUT', 'The two passwords differ.');
    return first;
  },
  out: (line) => process.stdout.write(`${line}\n`),
};

async function main(): Promise<void> {
  if (process.argv.includes('--help') || process.argv.includes('-h')) {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  const config = loadConfig();
  const orm = await openDatabase(config.databaseUrl);
  try {
    process.exitCode = await runUserCli(orm, process.argv.slice(2), terminalIo, [...new Set([DEFAULT_DEMO_PASSWORD, config.demoPassword])]);
  } catch (err) {
    process.stderr.write(`${err instanceof Error ? err.message : String(err)}\n`);
    process.exitCode = 1;
  } finally {
    await orm.close();
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) void main();
