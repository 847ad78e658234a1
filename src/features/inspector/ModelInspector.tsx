import { LIMITS } from '../../core/model/index.ts';
import { editDecision, renameModel } from '../../store/actions.ts';
import type { EditorState } from '../../store/editor-store.ts';
import { selectModelName } from '../../store/selectors.ts';
import { useEditor, useEditorStore } from '../../store/StoreProvider.tsx';
import { NumberField, Section, TextField, TriStateField } from '../../ui/fields/index.ts';
import { LogoIcon } from '../../ui/icons.tsx';
import { InspectorHeader } from './InspectorHeader.tsx';
import { DecisionVerdict } from './DecisionVerdict.tsx';
import { SagaSection } from './SagaSection.tsx';
import { setModelDescription } from '../../store/actions.ts';

const selectDescription = (s: EditorState) => s.model.description;
const selectDecision = (s: EditorState) => s.model.decision;
const selectServiceCount = (s: EditorState) => s.model.nodes.reduce((count, n) => (n.kind === 'service' ? count + 1 : count), 0);
const selectNodeCount = (s: EditorState) => s.model.nodes.length;
const selectLinkCount = (s: EditorState) => s.model.links.length;
const selectGroupCount = (s: EditorState) => s.model.groups.length;

type Flag = 'boundariesClear' | 'independentDeployment' | 'tightDeadlines' | 'requirementsKnown';

const QUESTIONS: readonly { key: Flag; question: string }[] = [
  { key: 'boundariesClear', question: 'Are the domain boundaries clear?' },
  { key: 'independentDeployment', question: 'Do parts need to deploy or scale independently?' },
  { key: 'tightDeadlines', question: 'Are the deadlines tight?' },
  { key: 'requirementsKnown', question: 'Are the requirements well known?' },
];

/** Nothing selected: the architecture itself, its summary, and the "should this be microservices?" questions. */
export function ModelInspector() {
  const store = useEditorStore();
  const name = useEditor(selectModelName);
  const description = useEditor(selectDescription);
  const decision = useEditor(selectDecision);
  const services = useEditor(selectServiceCount);
  const nodes = useEditor(selectNodeCount);
  const links = useEditor(selectLinkCount);
  const contexts = useEditor(selectGroupCount);
  const inputs = decision ?? {};

  return (
    <>
      <InspectorHeader tone="model" icon={<LogoIcon />} title={name} subtitle="Architecture" />
      <Section title="Architecture" testId="section-model">
        <TextField label="Name" testId="field-name" value={name} required requiredMessage="A model needs a name"
          maxLength={LIMITS.maxNameLength} onCommit={(next) => renameModel(store, next)} />
        <TextField label="Description" testId="field-description" value={description} multiline maxLength={10_000}
          placeholder="What this system does and for whom" onCommit={(next) => setModelDescription(store, next)} />
      </Section>
      <Section title="Summary" testId="section-summary">
        <dl className="insp-stats" data-testid="model-summary">
          <div className="insp-stat"><dt>Services</dt><dd data-testid="count-services">{services}</dd></div>
          <div className="insp-stat"><dt>Links</dt><dd data-testid="count-links">{links}</dd></div>
          <div className="insp-stat"><dt>Contexts</dt><dd data-testid="count-contexts">{contexts}</dd></div>
        </dl>
        {nodes > services && (
          <p className="insp-muted insp-small">{nodes} nodes in all, counting datastores, brokers, gateways, clients and external systems.</p>
        )}
      </Section>
      <Section title="Should this be microservices?" testId="section-decision"
        hint="Answer what you know; the verdict below follows the pattern catalogue's decision table.">
        <NumberField label="Developers" testId="field-teamSize" value={inputs.teamSize} integer min={0} max={100_000}
          placeholder="Not answered" hint="How many people build this?"
          onCommit={(teamSize) => editDecision(store, { teamSize })} />
        <NumberField label="Teams" testId="field-teams" value={inputs.teams} integer min={0} max={10_000}
          placeholder="Not answered" hint="How many teams share it?"
          onCommit={(teams) => editDecision(store, { teams })} />
        {QUESTIONS.map(({ key, question }) => (
          <TriStateField key={key} label={question} testId={`field-${key}`} value={inputs[key]}
            onChange={(value) => editDecision(store, { [key]: value })} />
        ))}
        <DecisionVerdict />
      </Section>
      <SagaSection />
    </>
  );
}
