/**
 * Compensation placeholders: every saga step but the last gets `undo<Action>` (the catalogue pairs
 * reserve_inventory with release_inventory; the user renames the placeholder to the real operation).
 * For a distributed write with no saga at all, it drafts the saga with a placeholder per step.
 */
import { LIMITS } from '../../model/index.ts';
import type { Model, Saga, SagaStep, SyncLink } from '../../model/index.ts';
import type { QuickFix } from '../types.ts';
import { pascalCase } from '../text.ts';
import { freshId, takenIds } from './edit.ts';

/** "reserve_inventory" → "undoReserveInventory", within the schema's name length. */
export function undoName(action: string): string {
  return `undo${pascalCase(action) || 'Step'}`.slice(0, LIMITS.maxNameLength);
}

function camelCase(text: string): string {
  const pascal = pascalCase(text);
  return pascal[0] ? pascal[0].toLowerCase() + pascal.slice(1) : '';
}

/** Fills every missing compensation of saga `sagaId` except the last step's. */
export function addCompensations(model: Model, sagaId: string): Model {
  const sagas = model.sagas.map((saga) => {
    if (saga.id !== sagaId) return saga;
    const last = saga.steps.length - 1;
    const steps = saga.steps.map((step, i): SagaStep => (i < last && !step.compensation?.trim() ? { ...step, compensation: undoName(step.action) } : step));
    return { ...saga, steps };
  });
  return { ...model, sagas };
}

/** Drafts a saga run by `orchestrator` over the services its calls (`linkIds`) write to. */
export function draftSaga(model: Model, orchestrator: string, linkIds: readonly string[]): Model {
  const wanted = new Set(linkIds);
  const nodeById = new Map(model.nodes.map((n) => [n.id, n]));
  const steps: SagaStep[] = [];
  const seen = new Set<string>();
  for (const link of model.links) {
    if (link.kind !== 'sync' || !wanted.has(link.id) || link.from !== orchestrator || seen.has(link.to)) continue;
    seen.add(link.to);
    const action = stepAction(link, nodeById.get(link.to)?.name || link.to);
    steps.push({ service: link.to, action, compensation: undoName(action) });
  }
  const owner = nodeById.get(orchestrator);
  if (!owner || steps.length === 0) return model;
  const name = `${owner.name || owner.id} saga`.slice(0, LIMITS.maxNameLength);
  const saga: Saga = { id: freshId(`${orchestrator}-saga`, takenIds(model)), name, orchestrator, steps };
  return { ...model, sagas: [...model.sagas, saga] };
}

function stepAction(link: SyncLink, calleeName: string): string {
  const action = link.operation ? camelCase(link.operation) : '';
  return (action || `update${pascalCase(calleeName)}`).slice(0, LIMITS.maxNameLength);
}

export const addCompensationFix: QuickFix = {
  label: 'Add compensation placeholders',
  appliesTo: (finding) => finding.data?.['kind'] === 'uncompensated-steps' || finding.data?.['kind'] === 'no-saga',
  apply: (model, finding) => {
    const saga = finding.data?.['saga'];
    if (finding.data?.['kind'] === 'uncompensated-steps' && typeof saga === 'string') return addCompensations(model, saga);
    const orchestrator = finding.data?.['orchestrator'];
    if (finding.data?.['kind'] === 'no-saga' && typeof orchestrator === 'string') return draftSaga(model, orchestrator, finding.links);
    return model;
  },
};
