import { describe, expect, it } from 'vitest';
import { renameModel, replaceModel, setDecision, setModelDescription, setSettings } from './meta.ts';
import { fixtureModel } from './test-support.ts';

describe('model ops', () => {
  it('setDecision merges answers, deletes undefined ones, and drops an empty decision', () => {
    const { model } = setDecision(fixtureModel(), { teams: 3, boundariesClear: false });
    expect(model.decision).toStrictEqual({ teamSize: 8, teams: 3, boundariesClear: false });
    const cleared = setDecision(model, { teamSize: undefined, teams: undefined, boundariesClear: undefined });
    expect('decision' in cleared.model).toBe(false);
  });

  it('rename, description and settings are meta changes that touch no collection', () => {
    const model = fixtureModel();
    const renamed = renameModel(model, 'Store');
    expect(renamed.model.name).toBe('Store');
    expect(renamed.model.nodes).toBe(model.nodes);
    expect(setModelDescription(model, 'x').diff.changes).toEqual([{ collection: 'meta', key: 'description', before: undefined, after: 'x' }]);
    expect(setSettings(model, undefined).model).toBe(model);
  });

  it('replaceModel returns the new model with a diff of only what differs', () => {
    const model = fixtureModel();
    const next = { ...model, links: model.links.slice(0, -1) };
    const result = replaceModel(model, next);
    expect(result.model).toBe(next);
    expect(result.diff.changes).toHaveLength(1);
  });
});
