import { useShallow } from 'zustand/react/shallow';
import { LIMITS, type Group } from '../../core/model/index.ts';
import { editGroup, renameElement } from '../../store/actions.ts';
import { useEditor, useEditorStore } from '../../store/StoreProvider.tsx';
import { ReadOnlyField, Section, TextField } from '../../ui/fields/index.ts';
import { ContextIcon } from '../../ui/icons.tsx';
import { InspectorHeader } from './InspectorHeader.tsx';
import { KindIcon } from './KindIcon.tsx';

/** A bounded context: its name, owning team and members (a click selects a member). */
export function ContextInspector({ group }: { group: Group }) {
  const store = useEditorStore();
  const members = useEditor(useShallow((s) => s.model.nodes.filter((n) => n.group === group.id)));

  return (
    <>
      <InspectorHeader tone="context" icon={<ContextIcon />} title={group.name} subtitle="Bounded context" detail={group.id} />
      <Section title="General" testId="section-general">
        <TextField label="Name" testId="field-name" value={group.name} required requiredMessage="A context needs a name"
          maxLength={LIMITS.maxNameLength} onCommit={(name) => renameElement(store, group.id, name)} />
        <TextField label="Team" testId="field-team" value={group.team} placeholder="Who owns it" maxLength={LIMITS.maxNameLength}
          onCommit={(team) => editGroup(store, group.id, { team: team || undefined }, 'Edit team')} />
        <ReadOnlyField label="Members" testId="field-members">
          <span className="insp-count">{members.length}</span>
          <span className="insp-muted">{members.length === 1 ? 'node' : 'nodes'}</span>
        </ReadOnlyField>
      </Section>
      <Section title="Members" testId="section-members"
        hint={members.length === 0 ? 'Drag nodes into the context, or pick it in a node’s Context field.' : undefined}>
        {members.length > 0 && (
          <ul className="insp-members">
            {members.map((node) => (
              <li key={node.id}>
                <button type="button" className="insp-member" data-kind={node.kind}
                  onClick={() => store.getState().setSelection({ nodes: new Set([node.id]), links: new Set() })}>
                  <span className="insp-end" data-kind={node.kind}><KindIcon kind={node.kind} size={14} /></span>
                  <span className="insp-member__name">{node.name || node.id}</span>
                </button>
              </li>
            ))}
          </ul>
        )}
      </Section>
    </>
  );
}
