import { parseArgs, type ParseArgsConfig } from 'node:util';
import type { DatabaseHandle } from '@phoenix/db';
import { EventsNotFoundError, RegistryError } from '../errors.js';
import { loadRegistry, REGISTRY_FILE } from '../registry.js';
import { listConsumers } from './consumers.js';
import { dropDeadLetter, listDeadLetters, retryAllDeadLetters, retryDeadLetter } from './dead-letters.js';
import { replayConsumer, type ReplayFrom } from './replay.js';

/** The help text every usage error prints. */
export const USAGE = `Usage: npm run events -- <command>

  consumers                                    list consumers, their offset and lag
  replay <consumer> --from-position N          handle again every event from position N on
  replay <consumer> --from-date ISO            handle again every event that occurred from ISO on
  dead-letters [consumer]                      list dead letters
  retry <dead-letter-id> | retry --all <consumer>
                                               have the consumer try dead letters once more
  drop <dead-letter-id>                        delete a dead letter, giving up on its event
  validate                                     validate the event registry`;

/** Exit codes: 0 done, 1 failed (unknown name, invalid registry, database error), 2 bad usage. */
export const EXIT = { ok: 0, failed: 1, usage: 2 } as const;

export interface CommandIO {
  /** Opened on first need (validate needs no database); the caller closes it. */
  database(): Promise<DatabaseHandle>;
  out(line: string): void;
  err(line: string): void;
  registryFile?: string;
}

class UsageError extends Error {}

/** Runs one `npm run events` command and returns its exit code; never throws. */
export async function runEventsCommand(argv: readonly string[], io: CommandIO): Promise<number> {
  try {
    const [command, ...rest] = argv;
    switch (command) {
      case 'consumers':
        return await consumers(rest, io);
      case 'replay':
        return await replay(rest, io);
      case 'dead-letters':
        return await showDeadLetters(rest, io);
      case 'retry':
        return await retry(rest, io);
      case 'drop':
        return await drop(rest, io);
      case 'validate':
        return validate(rest, io);
      case 'help':
      case '--help':
        io.out(USAGE);
        return EXIT.ok;
      default:
        throw new UsageError(command ? `Unknown command "${command}".` : 'No command given.');
    }
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(`${error.message}\n\n${USAGE}`);
      return EXIT.usage;
    }
    if (error instanceof RegistryError || error instanceof EventsNotFoundError || error instanceof RangeError) {
      io.err(error.message);
      return EXIT.failed;
    }
    io.err(`events command failed: ${error instanceof Error ? error.message : String(error)}`);
    return EXIT.failed;
  }
}

function parse(args: readonly string[], options: ParseArgsConfig['options'] = {}) {
  try {
    return parseArgs({ args: [...args], options, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
}

async function consumers(args: readonly string[], io: CommandIO): Promise<number> {
  expectPositionals(parse(args).positionals, 0, 0);
  const rows = await listConsumers((await io.database()).db);
  if (rows.length === 0) io.out('No consumers yet.');
  else {
    io.out(
      table(
        ['CONSUMER', 'POSITION', 'LAG', 'ATTEMPTS', 'RETRY AT', 'DEAD LETTERS', 'UPDATED AT', 'LAST ERROR'],
        rows.map((c) => [
          c.name,
          c.position,
          c.lag,
          c.attempts,
          c.retryAt?.toISOString() ?? '-',
          c.deadLetters,
          c.updatedAt.toISOString(),
          c.lastError === null ? '-' : c.lastError.length > 80 ? `${c.lastError.slice(0, 79)}…` : c.lastError,
        ]),
      ),
    );
  }
  return EXIT.ok;
}

async function replay(args: readonly string[], io: CommandIO): Promise<number> {
  const { values, positionals } = parse(args, { 'from-position': { type: 'string' }, 'from-date': { type: 'string' } });
  const [consumer] = expectPositionals(positionals, 1, 1);
  const position = values['from-position'];
  const date = values['from-date'];
  if ((position === undefined) === (date === undefined)) throw new UsageError('Give exactly one of --from-position N or --from-date ISO.');
  let from: ReplayFrom;
  if (typeof position === 'string') {
    if (!/^\d+$/.test(position)) throw new UsageError('--from-position takes a non-negative integer.');
    from = { position: Number(position) };
  } else {
    const parsed = new Date(String(date));
    if (Number.isNaN(parsed.getTime())) throw new UsageError('--from-date takes an ISO date, e.g. 2026-01-31 or 2026-01-31T12:00:00Z.');
    from = { date: parsed };
  }
  const result = await replayConsumer((await io.database()).db, consumer!, from);
  io.out(`Consumer "${consumer}" will handle every event after position ${result.position} again.`);
  return EXIT.ok;
}

async function showDeadLetters(args: readonly string[], io: CommandIO): Promise<number> {
  const [consumer] = expectPositionals(parse(args).positionals, 0, 1);
  const letters = await listDeadLetters((await io.database()).db, consumer);
  if (letters.length === 0) io.out('No dead letters.');
  else {
    io.out(
      table(
        ['ID', 'CONSUMER', 'POSITION', 'TYPE', 'EVENT ID', 'ATTEMPTS', 'FAILED AT', 'RETRY', 'LAST ERROR'],
        letters.map((d) => [
          d.id,
          d.consumer,
          d.position,
          d.type,
          d.eventId,
          d.attempts,
          d.failedAt.toISOString(),
          d.retryRequestedAt ? 'requested' : '-',
          d.lastError.length > 80 ? `${d.lastError.slice(0, 79)}…` : d.lastError,
        ]),
      ),
    );
  }
  return EXIT.ok;
}

async function retry(args: readonly string[], io: CommandIO): Promise<number> {
  const { values, positionals } = parse(args, { all: { type: 'boolean' } });
  const db = async () => (await io.database()).db;
  if (values.all) {
    const [consumer] = expectPositionals(positionals, 1, 1);
    const count = await retryAllDeadLetters(await db(), consumer!);
    io.out(`Requested a retry of ${count} dead letter(s) of "${consumer}".`);
    return EXIT.ok;
  }
  const id = deadLetterId(expectPositionals(positionals, 1, 1)[0]!);
  await retryDeadLetter(await db(), id);
  io.out(`Requested a retry of dead letter ${id}; its consumer picks it up on its next batch.`);
  return EXIT.ok;
}

async function drop(args: readonly string[], io: CommandIO): Promise<number> {
  const id = deadLetterId(expectPositionals(parse(args).positionals, 1, 1)[0]!);
  await dropDeadLetter((await io.database()).db, id);
  io.out(`Dropped dead letter ${id}.`);
  return EXIT.ok;
}

function validate(args: readonly string[], io: CommandIO): number {
  expectPositionals(parse(args).positionals, 0, 0);
  const file = io.registryFile ?? REGISTRY_FILE;
  const registry = loadRegistry(file);
  io.out(`${file}: ${registry.events.size} event types, all valid.`);
  return EXIT.ok;
}

function expectPositionals(positionals: string[], min: number, max: number): string[] {
  if (positionals.length < min) throw new UsageError('Missing argument.');
  if (positionals.length > max) throw new UsageError(`Unexpected argument "${positionals[max]}".`);
  return positionals;
}

function deadLetterId(text: string): number {
  if (!/^[1-9]\d*$/.test(text)) throw new UsageError(`"${text}" is not a dead letter id (a positive integer).`);
  return Number(text);
}

function table(headers: string[], rows: (string | number)[][]): string {
  const cells = [headers, ...rows.map((row) => row.map(String))];
  const widths = headers.map((_, i) => Math.max(...cells.map((row) => row[i]!.length)));
  return cells.map((row) => row.map((cell, i) => cell.padEnd(widths[i]!)).join('  ').trimEnd()).join('\n');
}
