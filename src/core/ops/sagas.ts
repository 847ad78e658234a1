/** Saga edits. Steps and orchestrators must name existing nodes, so sagas never dangle. */
import { SAGA_FIELD_NAMES } from '../model/field-names.ts';
import { uniqueId } from '../model/ids.ts';
import type { Model, Saga, SagaStep } from '../model/types.ts';
import { entityChange } from './change.ts';
import { deepEqual } from './equal.ts';
import { sagaWithout } from './integrity.ts';
import { uniqueName } from './naming.ts';
import { applyPatch, type Patch } from './patch.ts';
import { commit, unchanged, type CreateResult, type OpResult } from './result.ts';

export interface AddSagaArgs {
  /** Kept as given; when absent `saga` is numbered to be unique. */
  name?: string;
  orchestrator?: string;
  steps?: readonly SagaStep[];
}

/** A patch of a saga's fields; `undefined` deletes the orchestrator. The id is fixed. */
export type SagaPatch = Patch<Saga, 'id'>;

const SAGA_FIELDS: ReadonlySet<string> = new Set(SAGA_FIELD_NAMES.filter((key) => key !== 'id'));

/** Adds a saga; steps and an orchestrator naming missing nodes are left out. `ids` holds its id. */
export function addSaga(model: Model, args: AddSagaArgs = {}): CreateResult {
  const names = new Set(model.sagas.map((s) => s.name));
  const name = args.name ?? uniqueName('saga', (n) => names.has(n));
  const id = uniqueId(name, new Set(model.sagas.map((s) => s.id)));
  const draft: Saga = { id, name, steps: (args.steps ?? []).map((step) => ({ ...step })) };
  if (args.orchestrator !== undefined) draft.orchestrator = args.orchestrator;
  const saga = withExistingNodes(model, draft);
  return { ...commit(model, [entityChange('sagas', id, null, saga, undefined, model.sagas.length)]), ids: [id] };
}

/** Updates a saga; steps and an orchestrator naming missing nodes are left out. Unknown id: no change. */
export function updateSaga(model: Model, id: string, patch: SagaPatch): OpResult {
  const saga = model.sagas.find((s) => s.id === id);
  if (!saga) return unchanged(model);
  const patched = applyPatch(saga, patch, (key) => SAGA_FIELDS.has(key));
  const next = patched === saga ? saga : withExistingNodes(model, patched);
  return deepEqual(next, saga) ? unchanged(model) : commit(model, [entityChange('sagas', id, saga, next)]);
}

/** Removes a saga. */
export function removeSaga(model: Model, id: string): OpResult {
  const index = model.sagas.findIndex((s) => s.id === id);
  const saga = model.sagas[index];
  return saga ? commit(model, [entityChange('sagas', id, saga, null, index)]) : unchanged(model);
}

function withExistingNodes(model: Model, saga: Saga): Saga {
  const nodeIds = new Set(model.nodes.map((n) => n.id));
  return sagaWithout(saga, (nodeId) => !nodeIds.has(nodeId));
}
