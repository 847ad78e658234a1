import { constant, lines } from '../text.ts';
import { header } from './header.ts';

/** src/log.ts: a JSON-lines logger for code that runs outside a request. */
export const renderLog = constant(() =>
  lines(
    header('Logging for code outside a request (clients, event buses, sagas).'),
    "import { config } from './config.js';",
    '',
    '/** The logger shape handlers and helpers take; Fastify’s request/app logger (pino) fits it. */',
    'export interface Logger {',
    '  info(fields: object, message: string): void;',
    '  warn(fields: object, message: string): void;',
    '  error(fields: object, message: string): void;',
    '}',
    '',
    'function write(level: "info" | "warn" | "error", fields: object, message: string): void {',
    '  const line = JSON.stringify({ level, time: new Date().toISOString(), service: config.service, msg: message, ...fields });',
    "  (level === 'info' ? process.stdout : process.stderr).write(`${line}\\n`);",
    '}',
    '',
    '/** JSON lines: info on stdout, warnings and errors on stderr. */',
    'export const log: Logger = {',
    "  info: (fields, message) => write('info', fields, message),",
    "  warn: (fields, message) => write('warn', fields, message),",
    "  error: (fields, message) => write('error', fields, message),",
    '};',
  ),
);
