import { DATABASE_RUNTIME, type CheckKind } from '../engines.ts';
import type { ServicePlan } from '../plan.ts';
import { constant, lines } from '../text.ts';
import { header } from './header.ts';

const checkFunction: Readonly<Record<CheckKind, string>> = { tcp: 'tcpCheck', file: 'fileCheck', none: 'uncheckedCheck' };

/** src/health/checks.ts: driver-free readiness checks a datastore can use (TCP, file, none). */
export const renderReadinessChecks = constant(() =>
  lines(
    header('Driver-free readiness checks.'),
    "import { constants } from 'node:fs';",
    "import { access } from 'node:fs/promises';",
    "import { connect } from 'node:net';",
    "import { dirname } from 'node:path';",
    '',
    'export interface CheckResult {',
    '  readonly ok: boolean;',
    '  readonly detail: string;',
    '}',
    '',
    '/**',
    ' * A readiness check: resolves (never rejects) with whether the dependency answers. The generated ones',
    ' * need no database driver: they open a TCP connection to the datastore’s host and port. Once the',
    ' * service has a real client, swap in a query through it (e.g. `SELECT 1`) — same signature.',
    ' */',
    'export type ReadinessCheck = () => Promise<CheckResult>;',
    '',
    'const DEFAULT_PORTS: Readonly<Record<string, number>> = {',
    "  'postgres:': 5432, 'postgresql:': 5432, 'mysql:': 3306, 'mongodb:': 27017, 'redis:': 6379,",
    "  'cassandra:': 9042, 'http:': 80, 'https:': 443,",
    '};',
    '',
    '/** Succeeds when a TCP connection to the URL’s host and port opens within `timeoutMs`. */',
    'export function tcpCheck(url: string, timeoutMs = 1000): ReadinessCheck {',
    '  return () =>',
    '    new Promise<CheckResult>((resolve) => {',
    '      let target: URL;',
    '      try {',
    '        target = new URL(url);',
    '      } catch {',
    "        resolve({ ok: false, detail: 'not a URL' });",
    '        return;',
    '      }',
    "      const port = target.port === '' ? DEFAULT_PORTS[target.protocol] : Number(target.port);",
    "      if (port === undefined || target.hostname === '') {",
    "        resolve({ ok: false, detail: 'no host or port in the URL' });",
    '        return;',
    '      }',
    '      const socket = connect(port, target.hostname);',
    '      const finish = (ok: boolean, detail: string) => {',
    '        socket.destroy();',
    '        resolve({ ok, detail });',
    '      };',
    "      socket.setTimeout(timeoutMs, () => finish(false, `no answer within ${timeoutMs} ms`));",
    "      socket.once('connect', () => finish(true, `connected to ${target.hostname}:${port}`));",
    "      socket.once('error', (error) => finish(false, error.message));",
    '    });',
    '}',
    '',
    '/** For file-based stores (sqlite): succeeds when the file’s directory exists and is writable. */',
    'export function fileCheck(url: string): ReadinessCheck {',
    "  const path = url.replace(/^file:/, '');",
    '  return async () => {',
    '    try {',
    '      await access(dirname(path), constants.W_OK);',
    "      return { ok: true, detail: `${dirname(path)} is writable` };",
    '    } catch (error) {',
    '      return { ok: false, detail: error instanceof Error ? error.message : String(error) };',
    '    }',
    '  };',
    '}',
    '',
    '/** For an engine no driver-free check fits: reports itself as unchecked rather than guessing. */',
    'export function uncheckedCheck(engine: string): ReadinessCheck {',
    '  return async () => ({ ok: true, detail: `unchecked: write a check for ${engine}` });',
    '}',
  ),
);

/** src/health/datastores.ts: the check readiness runs for each datastore this service owns — the place to plug in a real one. */
export function renderDatastoreChecks(service: ServicePlan): string {
  return lines(
    header(`${service.dir}: the readiness check of each datastore it owns.`),
    service.datastores.length > 0 && "import { config } from '../config.js';",
    `import { ${['ReadinessCheck', ...new Set(service.datastores.map((d) => checkFunction[DATABASE_RUNTIME[d.store.engine].check]))].sort().map((n) => (n === 'ReadinessCheck' ? 'type ReadinessCheck' : n)).join(', ')} } from './checks.js';`,
    '',
    '// Replace a driver-free check with a query through the real client (e.g. `SELECT 1`) when you add one.',
    'export const datastoreChecks: Readonly<Record<string, ReadinessCheck>> = {',
    ...service.datastores.map((d) => {
      const check = DATABASE_RUNTIME[d.store.engine].check;
      const at = `config.datastores.${d.key}`;
      return `  ${d.key}: ${checkFunction[check]}(${check === 'none' ? `${at}.engine` : `${at}.url`}),`;
    }),
    '};',
  );
}
