import { describe, expect, it } from 'vitest';
import { addSaga, removeSaga, updateSaga } from './sagas.ts';
import { fixtureModel } from './test-support.ts';

describe('sagas', () => {
  it('addSaga numbers the default name and leaves out steps on missing nodes', () => {
    const result = addSaga(fixtureModel(), { orchestrator: 'ghost', steps: [{ service: 'payments', action: 'charge' }, { service: 'ghost', action: 'boo' }] });
    expect(result.ids).toEqual(['saga']);
    expect(result.model.sagas.at(-1)).toStrictEqual({ id: 'saga', name: 'saga', steps: [{ service: 'payments', action: 'charge' }] });
    expect(addSaga(result.model).model.sagas.at(-1)?.name).toBe('saga-2');
  });

  it('updateSaga patches and removeSaga removes', () => {
    const updated = updateSaga(fixtureModel(), 'checkout', { orchestrator: undefined, steps: [] });
    expect(updated.model.sagas[0]).toStrictEqual({ id: 'checkout', name: 'checkout', steps: [] });
    expect(removeSaga(fixtureModel(), 'checkout').model.sagas).toEqual([]);
  });
});
