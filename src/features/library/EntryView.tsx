import { memo, useMemo } from 'react';
import { renderSvg } from '../../core/export/svg.ts';
import { getRule } from '../../core/rules/index.ts';
import { applyToSelection, getApplyAction, getPattern, type ApplyActionId, type PatternEntry } from '../../core/teaching/index.ts';
import type { EditorState } from '../../store/editor-store.ts';
import { openAsNewDocument } from '../../store/document-actions.ts';
import { useEditor, useEditorStore, useServices } from '../../store/StoreProvider.tsx';
import { commitApplied } from '../../store/teaching.ts';
import { Markdown, MarkdownInline } from '../../ui/markdown/index.ts';
import { BackIcon, CheckIcon, CrossIcon, OpenModelIcon, WandIcon } from './icons.tsx';
import { KindBadge } from './KindBadge.tsx';

const selectTheme = (s: EditorState) => s.theme;
const selectModel = (s: EditorState) => s.model;
const selectSelection = (s: EditorState) => s.selection;
const selectFindings = (s: EditorState) => s.analysis?.findings;

/** One library entry, top to bottom: what, when, a picture, what Faultline checks, and how to apply it. */
export function EntryView({ entry, onBack, onOpen }: { entry: PatternEntry; onBack: () => void; onOpen: (id: string) => void }) {
  const store = useEditorStore();
  const services = useServices();
  const related = entry.related.map(getPattern).filter((p): p is PatternEntry => p !== undefined);

  const openDiagram = () => {
    void openAsNewDocument(store, services, structuredClone(entry.diagram)).then(() =>
      store.getState().notify({ tone: 'success', message: `Opened “${entry.diagram.name}” as a new model; your other models are untouched` }),
    );
  };

  return (
    <article className="lib-entry" data-testid="library-entry-view" data-entry={entry.id} aria-label={entry.title}>
      <div className="lib-entry__nav">
        <button type="button" className="lib-back" data-testid="library-back" onClick={onBack}>
          <BackIcon size={14} /> All patterns
        </button>
      </div>
      <div className="lib-entry__scroll">
        <header className="lib-entry__head">
          <KindBadge kind={entry.kind} />
          <h3 className="lib-entry__title" data-testid="library-entry-title">{entry.title}</h3>
          <p className="lib-entry__where" title="Section of the pattern catalogue">Catalogue › {entry.catalogueSection}</p>
          <p className="lib-entry__summary">{entry.summary}</p>
        </header>

        {entry.apply && <ApplySection actionId={entry.apply} />}

        <section className="lib-entry__section" aria-label="What it is">
          <h4 className="lib-entry__label">What it is</h4>
          <Markdown source={entry.whatItIs} headingBase={5} className="lib-entry__md" />
        </section>

        <div className="lib-when">
          <section className="lib-when__col lib-when__col--use" aria-label="When to use it">
            <h4 className="lib-entry__label">{entry.kind === 'anti-pattern' ? 'Where it shows up' : 'When to use it'}</h4>
            <ul>{entry.whenToUse.map((text, i) => <li key={i}><CheckIcon size={14} className="lib-when__icon" /><span><MarkdownInline source={text} /></span></li>)}</ul>
          </section>
          <section className="lib-when__col lib-when__col--not" aria-label="When not to">
            <h4 className="lib-entry__label">{entry.kind === 'anti-pattern' ? 'Why it hurts' : 'When not to'}</h4>
            <ul>{entry.whenNot.map((text, i) => <li key={i}><CrossIcon size={14} className="lib-when__icon" /><span><MarkdownInline source={text} /></span></li>)}</ul>
          </section>
        </div>

        <section className="lib-entry__section" aria-label="Diagram">
          <div className="lib-entry__label-row">
            <h4 className="lib-entry__label">{entry.kind === 'anti-pattern' ? 'What it looks like' : 'In a diagram'}</h4>
            <button type="button" className="lib-link" data-testid="library-open-diagram" onClick={openDiagram} title="Open this diagram as a new model to explore it">
              <OpenModelIcon size={14} /> Open as a model
            </button>
          </div>
          <PatternDiagram entry={entry} />
        </section>

        {entry.rules.length > 0 && <RulesSection entry={entry} />}

        {related.length > 0 && (
          <section className="lib-entry__section" aria-label="Related">
            <h4 className="lib-entry__label">Read next</h4>
            <ul className="lib-related">
              {related.map((r) => (
                <li key={r.id}>
                  <button type="button" className={`lib-chip lib-chip--${r.kind}`} data-testid={`library-related-${r.id}`} onClick={() => onOpen(r.id)}>{r.title}</button>
                </li>
              ))}
            </ul>
          </section>
        )}
      </div>
    </article>
  );
}

/** The entry's diagram drawn by the SVG exporter (whose output escapes every name), in the current theme. */
const PatternDiagram = memo(function PatternDiagram({ entry }: { entry: PatternEntry }) {
  const theme = useEditor(selectTheme);
  const svg = useMemo(() => renderSvg(entry.diagram, { theme, padding: 12 }).svg, [entry.diagram, theme]);
  return (
    <div className="lib-diagram" role="img" aria-label={`Diagram: ${entry.diagram.name}`} data-testid="library-diagram"
      dangerouslySetInnerHTML={{ __html: svg }} />
  );
});

/** The rules behind the entry, by title, with how many findings each has on the open model. */
function RulesSection({ entry }: { entry: PatternEntry }) {
  const findings = useEditor(selectFindings);
  const counts = useMemo(() => {
    const map = new Map<string, number>();
    for (const f of findings ?? []) map.set(f.rule, (map.get(f.rule) ?? 0) + 1);
    return map;
  }, [findings]);
  const anti = entry.kind === 'anti-pattern';
  return (
    <section className="lib-entry__section" aria-label="What Faultline checks" data-testid="library-rules">
      <h4 className="lib-entry__label">What Faultline checks</h4>
      <p className="lib-entry__note">
        {anti ? 'The rules engine finds this on the canvas as you draw:' : 'Designs that need this pattern get these findings:'}
      </p>
      <ul className="lib-rules">
        {entry.rules.map((id) => {
          const rule = getRule(id);
          const count = counts.get(id) ?? 0;
          return (
            <li key={id} className="lib-rule" data-testid="library-rule" data-rule={id}>
              <span className="lib-rule__title">{rule?.title ?? id}</span>
              <code className="lib-rule__id">{id}</code>
              <span className={`lib-rule__count${count > 0 ? ' is-found' : ''}`} title={count > 0 ? 'Findings of this rule in your model' : 'Your model has none'}>
                {count > 0 ? `${count} in your model` : 'none in your model'}
              </span>
            </li>
          );
        })}
      </ul>
    </section>
  );
}

/** "Apply to selection": enabled only when the action applies to what is selected, else says why. */
function ApplySection({ actionId }: { actionId: ApplyActionId }) {
  const store = useEditorStore();
  const model = useEditor(selectModel);
  const selection = useEditor(selectSelection);
  const action = getApplyAction(actionId);
  const sel = useMemo(() => ({ nodes: [...selection.nodes], links: [...selection.links] }), [selection]);
  const can = useMemo(() => action?.canApply(model, sel) ?? 'This pattern cannot be applied here.', [action, model, sel]);
  if (!action) return null;
  const ok = can === true;
  return (
    <section className={`lib-apply${ok ? ' is-ready' : ''}`} aria-label="Apply to selection" data-testid="library-apply-section">
      <div className="lib-apply__text">
        <span className="lib-apply__title">{action.title}</span>
        <span className="lib-apply__summary">{action.summary}</span>
      </div>
      <button type="button" className="btn btn--primary lib-apply__btn" data-testid="library-apply" disabled={!ok}
        aria-describedby={ok ? undefined : `apply-reason-${actionId}`}
        onClick={() => commitApplied(store, applyToSelection(actionId, store.getState().model, sel), action.title)}>
        <WandIcon size={14} /> Apply to selection
      </button>
      {!ok && <p className="lib-apply__reason" id={`apply-reason-${actionId}`} data-testid="library-apply-reason" role="note">{can}</p>}
    </section>
  );
}
