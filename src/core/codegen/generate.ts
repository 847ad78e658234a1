/** Model in, workspace files out: the whole pipeline, pure and deterministic. */
import type { Model } from '../model/types.ts';
import { renderDockerCompose } from './files/docker-compose.ts';
import { renderDockerfile, renderDockerignore, renderGitignore } from './files/docker.ts';
import { renderRootPackageJson, renderTsconfigBase } from './files/package-json.ts';
import { renderReadme } from './files/readme.ts';
import { planWorkspace } from './plan.ts';
import { serviceFiles } from './service-files.ts';
import { compareText } from './text.ts';
import type { GeneratedFile, GenerateOptions } from './types.ts';

/** Thrown when `opts.service` names no generated service; `available` lists the ids that would work. */
export class UnknownServiceError extends Error {
  readonly available: readonly string[];
  constructor(service: string, available: readonly string[]) {
    super(`no service or gateway with id "${service}"${available.length > 0 ? `; the model has: ${available.join(', ')}` : '; the model has none'}`);
    this.name = 'UnknownServiceError';
    this.available = available;
  }
}

/** Generates the TypeScript workspace for `model` (or one service of it), sorted by path. */
export function generateWorkspace(model: Model, opts: GenerateOptions = {}): GeneratedFile[] {
  const plan = planWorkspace(model);
  let services = plan.services;
  if (opts.service !== undefined) {
    services = plan.services.filter((s) => s.node.id === opts.service);
    if (services.length === 0) throw new UnknownServiceError(opts.service, plan.services.map((s) => s.node.id).sort(compareText));
  }
  const files: GeneratedFile[] = [
    { path: 'package.json', contents: renderRootPackageJson(plan) },
    { path: 'tsconfig.base.json', contents: renderTsconfigBase() },
    { path: 'README.md', contents: renderReadme(plan, services) },
    { path: 'docker-compose.yml', contents: renderDockerCompose(plan, services) },
    { path: 'Dockerfile', contents: renderDockerfile() },
    { path: '.dockerignore', contents: renderDockerignore() },
    { path: '.gitignore', contents: renderGitignore() },
    ...services.flatMap(serviceFiles),
  ];
  return files.sort((a, b) => compareText(a.path, b.path));
}
