/**
 * What the integration test needs to run a generated workspace for real: write it to disk, install its
 * dependencies once into a cache keyed by its package.json files, run tsc, start processes on free ports
 * and always stop them again.
 */
import { spawn, type ChildProcess, type SpawnOptions } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, rename, rm, symlink, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { GeneratedFile } from '../types.ts';

export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../../..');
export const INSTALL_CACHE = join(REPO_ROOT, 'node_modules', '.cache', 'faultline-codegen');
const READY_MARKER = '.faultline-installed';

/** Writes the files under `dir`. */
export async function writeFiles(dir: string, files: readonly GeneratedFile[]): Promise<void> {
  for (const file of files) {
    const path = join(dir, file.path);
    await mkdir(dirname(path), { recursive: true });
    await writeFile(path, file.contents);
  }
}

/** The cache key: the package.json files (what npm installs from) and the Node major version. */
export function installKey(files: readonly GeneratedFile[]): string {
  const hash = createHash('sha256').update(`node ${process.versions.node.split('.')[0]}\n`);
  for (const f of files.filter((x) => x.path === 'package.json' || /^services\/[^/]+\/package\.json$/.test(x.path))) hash.update(`${f.path}\n${f.contents}\n`);
  return hash.digest('hex').slice(0, 16);
}

export interface RunResult {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs a command to completion (killing it after `timeoutMs`). */
export function runCommand(command: string, args: readonly string[], options: SpawnOptions & { timeoutMs: number }): Promise<RunResult> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(command, args, { ...options, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout?.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr?.on('data', (d: Buffer) => (stderr += d.toString()));
    const timer = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs);
    child.once('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.once('close', (code) => {
      clearTimeout(timer);
      resolvePromise({ code, stdout, stderr });
    });
  });
}

/**
 * Installs the workspace's dependencies into the cache (once per key) and returns its node_modules. The
 * install happens in a private directory renamed into place at the end, so concurrent runs never see a
 * half-finished install; the loser of a race simply uses the winner's.
 */
export async function ensureInstalled(files: readonly GeneratedFile[]): Promise<{ nodeModules: string; cached: boolean }> {
  const dir = join(INSTALL_CACHE, installKey(files));
  const nodeModules = join(dir, 'node_modules');
  if (existsSync(join(dir, READY_MARKER))) return { nodeModules, cached: true };

  const manifests = files.filter((f) => f.path === 'package.json' || /^services\/[^/]+\/package\.json$/.test(f.path));
  let lastError = '';
  for (let attempt = 1; attempt <= 2; attempt++) {
    const tmp = `${dir}.tmp-${process.pid}-${randomBytes(4).toString('hex')}`;
    await writeFiles(tmp, manifests);
    const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
    const result = await runCommand(npm, ['install', '--no-audit', '--no-fund', '--prefer-offline', '--ignore-scripts', '--loglevel=error'], {
      cwd: tmp,
      env: nestedNpmEnv(),
      timeoutMs: 240_000,
      shell: process.platform === 'win32',
    });
    if (result.code === 0 && existsSync(join(tmp, 'node_modules', 'typescript', 'bin', 'tsc'))) {
      await writeFile(join(tmp, READY_MARKER), new Date().toISOString());
      try {
        await rename(tmp, dir);
      } catch {
        // Another run installed the same key first: use theirs.
        await rm(tmp, { recursive: true, force: true });
        if (!existsSync(join(dir, READY_MARKER))) throw new Error(`could not move the install into ${dir}`);
      }
      return { nodeModules, cached: false };
    }
    lastError = `npm install exited ${result.code}\n${result.stderr.slice(-4000)}`;
    await rm(tmp, { recursive: true, force: true });
  }
  throw new Error(lastError);
}

/**
 * The environment for an npm started from inside `npm test`: without the outer run's project settings
 * (local prefix, package and lifecycle variables), so the install happens where it is told to; registry,
 * cache and proxy settings pass through.
 */
function nestedNpmEnv(): NodeJS.ProcessEnv {
  return Object.fromEntries(Object.entries(process.env).filter(([key]) => !/^npm_(config_local_prefix|package_|lifecycle_|command$)/i.test(key)));
}

/** Points `<workspace>/node_modules` at an installed node_modules. */
export async function linkNodeModules(workspace: string, nodeModules: string): Promise<void> {
  await symlink(nodeModules, join(workspace, 'node_modules'), process.platform === 'win32' ? 'junction' : 'dir');
}

/** A TCP port nothing listens on right now. */
export function freePort(): Promise<number> {
  return new Promise((resolvePromise, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolvePromise(port));
    });
  });
}

/** Resolves once GET `url` answers with `status`, or rejects after `timeoutMs`. */
export async function waitForStatus(url: string, status: number, timeoutMs: number, alive?: () => boolean): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let last = '';
  while (Date.now() < deadline) {
    if (alive && !alive()) throw new Error(`the process serving ${url} exited`);
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(2_000) });
      if (response.status === status) return;
      last = `status ${response.status}`;
    } catch (error) {
      last = error instanceof Error ? error.message : String(error);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`${url} did not answer ${status} within ${timeoutMs} ms (last: ${last})`);
}

/**
 * Preloaded into every started process: it exits when its stdin (a pipe from the test) closes, so a test
 * runner that dies without cleaning up cannot leave servers holding ports.
 */
const EXIT_WITH_PARENT = `data:text/javascript,${encodeURIComponent("process.stdin.on('end', () => process.exit(0)); process.stdin.on('close', () => process.exit(0)); process.stdin.on('error', () => process.exit(0)); process.stdin.resume();")}`;

/** A started process whose output is kept (the tail) for failure messages. */
export interface Started {
  readonly child: ChildProcess;
  output(): string;
  exited(): boolean;
  stop(): Promise<void>;
}

/** Every process a test starts, so one call stops them all whatever happened. */
export class Processes {
  private readonly all = new Set<Started>();

  /** Starts `node <args>` in `cwd`; with `ipc`, a message channel to it is opened as well. */
  start(args: readonly string[], cwd: string, env: Record<string, string>, ipc = false): Started {
    const child = spawn(process.execPath, ['--import', EXIT_WITH_PARENT, ...args], {
      cwd,
      env: { ...process.env, ...env },
      stdio: ipc ? ['pipe', 'pipe', 'pipe', 'ipc'] : ['pipe', 'pipe', 'pipe'],
    });
    let output = '';
    let exited = false;
    const keep = (d: Buffer) => (output = (output + d.toString()).slice(-20_000));
    child.stdout?.on('data', keep);
    child.stderr?.on('data', keep);
    const gone = new Promise<void>((r) => child.once('exit', () => r()));
    void gone.then(() => (exited = true));
    const started: Started = {
      child,
      output: () => output,
      exited: () => exited,
      stop: async () => {
        if (!exited) child.kill('SIGKILL');
        await gone;
        this.all.delete(started);
      },
    };
    this.all.add(started);
    return started;
  }

  /** Stops every process still running. */
  async stopAll(): Promise<void> {
    await Promise.all([...this.all].map((p) => p.stop()));
  }
}

/** Sends commands over a child's IPC channel and resolves with the matching replies. */
export class Ipc {
  private next = 0;
  private readonly pending = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void }>();
  private readyResolve: (() => void) | undefined;
  /** Resolves when the child says it is ready. */
  readonly ready: Promise<void>;

  constructor(private readonly started: Started) {
    this.ready = new Promise((r) => (this.readyResolve = r));
    started.child.on('message', (raw) => {
      const message = raw as { ready?: boolean; id?: number; ok?: boolean; value?: unknown; error?: string };
      if (message.ready) this.readyResolve?.();
      if (message.id === undefined) return;
      const waiter = this.pending.get(message.id);
      this.pending.delete(message.id);
      if (message.ok) waiter?.resolve(message.value);
      else waiter?.reject(new Error(message.error));
    });
    started.child.once('exit', () => {
      for (const waiter of this.pending.values()) waiter.reject(new Error(`the process exited:\n${started.output()}`));
      this.pending.clear();
    });
  }

  /** Runs `command` in the child; rejects after `timeoutMs`. */
  send<T>(command: string, timeoutMs = 30_000): Promise<T> {
    const id = ++this.next;
    return new Promise<T>((resolvePromise, reject) => {
      const timer = setTimeout(() => {
        this.pending.delete(id);
        reject(new Error(`"${command}" got no answer within ${timeoutMs} ms:\n${this.started.output()}`));
      }, timeoutMs);
      this.pending.set(id, {
        resolve: (v) => {
          clearTimeout(timer);
          resolvePromise(v as T);
        },
        reject: (e) => {
          clearTimeout(timer);
          reject(e);
        },
      });
      this.started.child.send({ id, command });
    });
  }
}

/** Runs `task` over `items` with at most `limit` at a time. */
export async function eachLimited<T>(items: readonly T[], limit: number, task: (item: T) => Promise<void>): Promise<void> {
  const queue = [...items];
  await Promise.all(
    Array.from({ length: Math.min(limit, queue.length) }, async () => {
      for (let item = queue.shift(); item !== undefined; item = queue.shift()) await task(item);
    }),
  );
}
