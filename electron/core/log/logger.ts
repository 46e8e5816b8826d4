// The one logger. Every line is scrubbed; errors log their code, message and (scrubbed) cause chain.
import { appendFileSync } from 'node:fs';
import { VeilError } from '../errors/veil-error';
import { scrub } from './scrub';

export type LogLevel = 'debug' | 'info' | 'warn' | 'error';
const order: Record<LogLevel, number> = { debug: 10, info: 20, warn: 30, error: 40 };

export interface LogSink {
  write(line: string): void;
}

export const stderrSink: LogSink = { write: (line) => process.stderr.write(`${line}\n`) };
export const fileSink = (path: string): LogSink => ({ write: (line) => appendFileSync(path, `${line}\n`, { mode: 0o600 }) });

function describe(value: unknown, depth = 0): string {
  if (depth > 4) return '…';
  if (value instanceof VeilError) {
    const cause = value.cause === undefined ? '' : ` <- ${describe(value.cause, depth + 1)}`;
    return `${value.code}: ${value.message}${cause}`;
  }
  if (value instanceof Error) {
    const cause = value.cause === undefined ? '' : ` <- ${describe(value.cause, depth + 1)}`;
    return `${value.name}: ${value.message}${cause}`;
  }
  if (typeof value === 'string') return value;
  try {
    return JSON.stringify(value);
  } catch {
    return String(value);
  }
}

export class Logger {
  constructor(
    private readonly sinks: LogSink[] = [stderrSink],
    private readonly level: LogLevel = 'info',
    private readonly scope = 'veil',
  ) {}

  child(scope: string): Logger {
    return new Logger(this.sinks, this.level, `${this.scope}:${scope}`);
  }

  debug(msg: string, data?: unknown): void { this.log('debug', msg, data); }
  info(msg: string, data?: unknown): void { this.log('info', msg, data); }
  warn(msg: string, data?: unknown): void { this.log('warn', msg, data); }
  error(msg: string, data?: unknown): void { this.log('error', msg, data); }

  private log(level: LogLevel, msg: string, data?: unknown): void {
    if (order[level] < order[this.level]) return;
    const tail = data === undefined ? '' : ` ${describe(data)}`;
    const line = scrub(`${new Date().toISOString()} ${level.toUpperCase()} [${this.scope}] ${msg}${tail}`);
    for (const sink of this.sinks) sink.write(line);
  }
}

/** A logger that records lines in memory; used by tests and the preview's --verbose mode. */
export function memoryLogger(level: LogLevel = 'debug'): { logger: Logger; lines: string[] } {
  const lines: string[] = [];
  return { logger: new Logger([{ write: (l) => lines.push(l) }], level), lines };
}
