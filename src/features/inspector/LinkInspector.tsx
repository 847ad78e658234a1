import {
  LINK_KINDS,
  LINK_KIND_INFO,
  LIMITS,
  type AsyncLink,
  type DataLink,
  type Link,
  type LinkKind,
  type SyncLink,
} from '../../core/model/index.ts';
import type { LinkPatch } from '../../core/ops/index.ts';
import { changeLinkKind, editLink } from '../../store/actions.ts';
import { useEditor, useEditorStore } from '../../store/StoreProvider.tsx';
import { NumberField, ReadOnlyField, Section, SelectField, TextField, ToggleField } from '../../ui/fields/index.ts';
import { InspectorHeader } from './InspectorHeader.tsx';
import { KindIcon, LinkIcon } from './KindIcon.tsx';
import { InferredNote } from './InferredNote.tsx';
import { PolicySections } from './PolicySections.tsx';

const KIND_OPTIONS = LINK_KINDS.map((kind) => ({ value: kind, label: LINK_KIND_INFO[kind].label }));
const PROTOCOL_OPTIONS = [{ value: 'http', label: 'HTTP' }, { value: 'grpc', label: 'gRPC' }] as const;
const ACCESS_OPTIONS = [{ value: 'read', label: 'Read' }, { value: 'write', label: 'Write' }, { value: 'read-write', label: 'Read & write' }] as const;

/** Everything about one link: its kind, its ends, and the kind's own fields (policies for sync calls). */
export function LinkInspector({ link }: { link: Link }) {
  const store = useEditorStore();
  const from = useEditor((s) => s.model.nodes.find((n) => n.id === link.from));
  const to = useEditor((s) => s.model.nodes.find((n) => n.id === link.to));
  const title = `${from?.name ?? link.from} → ${to?.name ?? link.to}`;

  return (
    <>
      <InspectorHeader tone={link.kind} icon={<LinkIcon />} title={title} subtitle={LINK_KIND_INFO[link.kind].label} detail={link.id} />
      <Section title="Link" testId="section-link">
        <SelectField<LinkKind> label="Kind" testId="field-link-kind" value={link.kind} options={KIND_OPTIONS}
          hint={LINK_KIND_INFO[link.kind].summary}
          onChange={(kind) => { if (kind && kind !== link.kind) changeLinkKind(store, link.id, kind); }} />
        <ReadOnlyField label="From" testId="link-from">
          {from && <span className="insp-end" data-kind={from.kind}><KindIcon kind={from.kind} size={14} /></span>}
          <span className="insp-end__name">{from?.name ?? link.from}</span>
        </ReadOnlyField>
        <ReadOnlyField label="To" testId="link-to">
          {to && <span className="insp-end" data-kind={to.kind}><KindIcon kind={to.kind} size={14} /></span>}
          <span className="insp-end__name">{to?.name ?? link.to}</span>
        </ReadOnlyField>
        <TextField label="Description" testId="field-description" value={link.description} multiline maxLength={10_000}
          placeholder="Why these two talk" onCommit={(description) => editLink(store, link.id, { description: description || undefined }, 'Edit description')} />
        <InferredNote reason={link.inferred} onConfirm={() => editLink(store, link.id, { inferred: undefined }, 'Confirm inferred link')} />
      </Section>
      {link.kind === 'sync' && <SyncFields link={link} />}
      {link.kind === 'async' && <AsyncFields link={link} />}
      {link.kind === 'data' && <DataFields link={link} />}
    </>
  );
}

function SyncFields({ link }: { link: SyncLink }) {
  const store = useEditorStore();
  const edit = (patch: LinkPatch<SyncLink>, label: string) => editLink(store, link.id, patch, label);
  return (
    <>
      <Section title="Call" testId="section-call">
        <SelectField label="Protocol" testId="field-protocol" value={link.protocol} options={PROTOCOL_OPTIONS} emptyLabel="Not set"
          onChange={(protocol) => edit({ protocol }, 'Change protocol')} />
        <TextField label="Operation" testId="field-operation" value={link.operation} monospace
          placeholder={link.protocol === 'grpc' ? 'PaymentService/Charge' : 'POST /payments'} maxLength={LIMITS.maxNameLength}
          onCommit={(operation) => edit({ operation: operation || undefined }, 'Edit operation')} />
        <NumberField label="Calls / request" testId="field-callsPerRequest" value={link.callsPerRequest} integer min={1}
          max={LIMITS.maxCallsPerRequest} placeholder="1" hint="How many times one incoming request makes this call."
          onCommit={(callsPerRequest) => edit({ callsPerRequest }, 'Edit calls per request')} />
        <ToggleField label="Idempotent" testId="field-idempotent" hint="Repeating the call is safe, so it may be retried."
          checked={link.idempotent ?? false} onChange={(idempotent) => edit({ idempotent }, idempotent ? 'Mark idempotent' : 'Mark not idempotent')} />
      </Section>
      <PolicySections link={link} />
    </>
  );
}

function AsyncFields({ link }: { link: AsyncLink }) {
  const store = useEditorStore();
  const edit = (patch: LinkPatch<AsyncLink>, label: string) => editLink(store, link.id, patch, label);
  return (
    <Section title="Event" testId="section-event">
      <TextField label="Event" testId="field-event" value={link.event} monospace placeholder="OrderPlaced" maxLength={LIMITS.maxNameLength}
        onCommit={(event) => edit({ event: event || undefined }, 'Edit event')} />
      <TextField label="Topic" testId="field-topic" value={link.topic} monospace placeholder="orders" maxLength={LIMITS.maxNameLength}
        onCommit={(topic) => edit({ topic: topic || undefined }, 'Edit topic')} />
    </Section>
  );
}

function DataFields({ link }: { link: DataLink }) {
  const store = useEditorStore();
  return (
    <Section title="Data access" testId="section-data">
      <SelectField label="Access" testId="field-access" value={link.access} options={ACCESS_OPTIONS} emptyLabel="Not set"
        onChange={(access) => editLink(store, link.id, { access }, 'Change access')} />
    </Section>
  );
}
