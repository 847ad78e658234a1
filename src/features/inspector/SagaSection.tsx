import type { Saga, SagaStep } from '../../core/model/index.ts';
import { addSaga, editSaga, removeSaga } from '../../store/actions.ts';
import type { EditorState } from '../../store/editor-store.ts';
import { useEditor, useEditorStore } from '../../store/StoreProvider.tsx';
import { Section, SelectField, TextField } from '../../ui/fields/index.ts';
import { PlusIcon, TrashIcon } from '../../ui/icons.tsx';

const selectSagas = (s: EditorState) => s.model.sagas;
const selectNodes = (s: EditorState) => s.model.nodes;

/**
 * Sagas: distributed transactions as ordered steps, each an action in one service with the compensation
 * that undoes it (run in reverse when a later step fails, as in the catalogue's OrderFulfillmentSaga).
 */
export function SagaSection() {
  const store = useEditorStore();
  const sagas = useEditor(selectSagas);
  return (
    <Section title="Sagas" testId="section-sagas"
      hint="A transaction across services: each step's compensation undoes it if a later step fails.">
      {sagas.length === 0 && <p className="insp-muted insp-small">No sagas yet.</p>}
      {sagas.map((saga) => <SagaEditor key={saga.id} saga={saga} />)}
      <button type="button" className="insp-add" onClick={() => addSaga(store)} data-testid="add-saga"><PlusIcon size={14} /> Add saga</button>
    </Section>
  );
}

function SagaEditor({ saga }: { saga: Saga }) {
  const store = useEditorStore();
  const nodes = useEditor(selectNodes);
  const services = nodes.filter((n) => n.kind === 'service').map((n) => ({ value: n.id, label: n.name }));
  const setSteps = (steps: SagaStep[], label: string) => editSaga(store, saga.id, { steps }, label);
  const updateStep = (index: number, patch: Partial<SagaStep>, label: string) => {
    const steps = saga.steps.map((step, i) => {
      if (i !== index) return step;
      const next: SagaStep = { ...step, ...patch };
      if (!next.compensation) delete next.compensation;
      return next;
    });
    setSteps(steps, label);
  };
  const move = (index: number, by: -1 | 1) => {
    const steps = [...saga.steps];
    const [step] = steps.splice(index, 1);
    if (!step) return;
    steps.splice(index + by, 0, step);
    setSteps(steps, 'Reorder saga steps');
  };
  return (
    <div className="insp-saga" data-testid={`saga-${saga.id}`}>
      <div className="insp-saga__head">
        <TextField label="Saga" testId="field-saga-name" value={saga.name} required requiredMessage="A saga needs a name" maxLength={200}
          onCommit={(name) => editSaga(store, saga.id, { name }, 'Rename saga')} />
        <button type="button" className="tool-btn tool-btn--icon" aria-label={`Delete saga ${saga.name}`} title="Delete this saga" onClick={() => removeSaga(store, saga.id)}><TrashIcon size={14} /></button>
      </div>
      <SelectField label="Orchestrator" testId="field-saga-orchestrator" value={saga.orchestrator} options={services} emptyLabel="First step's service"
        onChange={(orchestrator) => editSaga(store, saga.id, { orchestrator }, 'Change orchestrator')} />
      <ol className="insp-saga__steps">
        {saga.steps.map((step, index) => (
          <li key={index} className="insp-saga__step" data-testid="saga-step">
            <div className="insp-saga__step-head">
              <span className="insp-saga__num">{index + 1}</span>
              <button type="button" className="tool-btn tool-btn--icon" aria-label="Move step up" disabled={index === 0} onClick={() => move(index, -1)}>↑</button>
              <button type="button" className="tool-btn tool-btn--icon" aria-label="Move step down" disabled={index === saga.steps.length - 1} onClick={() => move(index, 1)}>↓</button>
              <button type="button" className="tool-btn tool-btn--icon" aria-label="Remove step" onClick={() => setSteps(saga.steps.filter((_, i) => i !== index), 'Remove saga step')}><TrashIcon size={13} /></button>
            </div>
            <SelectField label="Service" testId="field-step-service" value={step.service} options={services}
              onChange={(service) => service && updateStep(index, { service }, 'Change step service')} />
            <TextField label="Action" testId="field-step-action" value={step.action} required requiredMessage="A step needs an action" maxLength={200}
              onCommit={(action) => updateStep(index, { action }, 'Rename step')} />
            <TextField label="Compensation" testId="field-step-compensation" value={step.compensation} maxLength={200}
              placeholder={index === saga.steps.length - 1 ? 'Not needed for the last step' : 'What undoes it?'}
              onCommit={(compensation) => updateStep(index, { compensation: compensation || undefined }, 'Edit compensation')} />
          </li>
        ))}
      </ol>
      <button type="button" className="insp-add" data-testid="add-saga-step" disabled={services.length === 0}
        onClick={() => setSteps([...saga.steps, { service: saga.steps.at(-1)?.service ?? services[0]!.value, action: `step${saga.steps.length + 1}` }], 'Add saga step')}>
        <PlusIcon size={14} /> Add step
      </button>
    </div>
  );
}
