/**
 * The Problems panel: live findings grouped by severity then rule, with filters, quick fixes,
 * suppressions (listed, never hidden) and per-model rule settings. Loaded on first use; the status-bar
 * summary (FindingsSummary.tsx) is part of the first screen.
 *
 * Kept cheap so it never competes with typing or dragging: it subscribes to the analysis' findings
 * arrays (whose identity survives a drag, which only restamps the analysis), resolves names once per
 * analysis, memoizes every row, and renders at most 50 rows per rule until asked for more.
 */
import { memo, useCallback, useDeferredValue, useId, useMemo, useState, type KeyboardEvent } from 'react';
import {
  countBySeverity, findingKey, resolveRuleConfig, RULES, SEVERITIES,
  type Finding, type QuickFix, type Rule, type Severity, type SuppressedFinding, type Suppression,
} from '../../core/rules/index.ts';
import type { EditorState } from '../../store/editor-store.ts';
import { applyQuickFix, configureRule, removeSuppression, selectFinding, suppressFinding, type RuleConfigPatch } from '../../store/rule-actions.ts';
import { useEditor, useEditorStore } from '../../store/StoreProvider.tsx';
import {
  groupEntries, nameLookup, SEVERITY_LABELS, severityCount, subjectsOf, type Entry, type SeverityGroup,
} from './group-findings.ts';
import type { RowHandlers } from './FindingRow.tsx';
import { CheckCircleIcon, ChevronIcon, CollapseIcon, SearchIcon, SeverityIcon } from './icons.tsx';
import { RuleGroupView } from './RuleGroupView.tsx';
import { RuleSettingsView } from './RuleSettingsView.tsx';
import { SuppressDialog } from './SuppressDialog.tsx';
import { SuppressedList } from './SuppressedList.tsx';
import './findings.css';

const EMPTY_FINDINGS: readonly Finding[] = [];
const EMPTY_SUPPRESSED: readonly SuppressedFinding[] = [];
const ALL_SEVERITIES: ReadonlySet<Severity> = new Set(SEVERITIES);

const selectFindings = (s: EditorState) => s.analysis?.findings ?? EMPTY_FINDINGS;
const selectSuppressed = (s: EditorState) => s.analysis?.suppressed ?? EMPTY_SUPPRESSED;
const selectAnalyzed = (s: EditorState) => s.analysis !== null;
/** The findings describe the model as it is now (not one edit behind, waiting for the re-analysis). */
const selectFresh = (s: EditorState) => s.analysis?.version === s.version;
const selectSettings = (s: EditorState) => s.model.settings;

type View = 'problems' | 'settings';

export interface FindingsPanelProps {
  /** When given, the header shows a button that hides the panel. */
  onClose?: (() => void) | undefined;
}

/** The bottom Problems panel. */
export function FindingsPanel({ onClose }: FindingsPanelProps) {
  const store = useEditorStore();
  const findings = useEditor(selectFindings);
  const suppressed = useEditor(selectSuppressed);
  const analyzed = useEditor(selectAnalyzed);
  const fresh = useEditor(selectFresh);
  const settings = useEditor(selectSettings);

  const [view, setView] = useState<View>('problems');
  const [severities, setSeverities] = useState<ReadonlySet<Severity>>(ALL_SEVERITIES);
  const [query, setQuery] = useState('');
  const deferredQuery = useDeferredValue(query);
  const [activeKey, setActiveKey] = useState<string | null>(null);
  const [suppressing, setSuppressing] = useState<Finding | null>(null);
  const tabsId = useId();

  // Names are resolved once per analysis; a rename re-runs the analysis, so they never go stale.
  const { name, entries } = useMemo(() => {
    const name = nameLookup(store.getState().model);
    const entries: Entry[] = findings.map((finding) => ({ key: findingKey(finding), finding, subjects: subjectsOf(finding, name) }));
    return { name, entries };
  }, [store, findings]);

  const counts = useMemo(() => countBySeverity(findings), [findings]);
  const perRule = useMemo(() => {
    const map = new Map<string, number>();
    for (const f of findings) map.set(f.rule, (map.get(f.rule) ?? 0) + 1);
    return map;
  }, [findings]);
  const groups = useMemo(() => groupEntries(entries, { severities, query: deferredQuery }), [entries, severities, deferredQuery]);
  const shown = useMemo(() => groups.reduce((sum, g) => sum + g.count, 0), [groups]);
  const enabledRules = useMemo(() => RULES.filter((r) => resolveRuleConfig(r, settings).enabled).length, [settings]);

  const stale = useMemo(() => {
    if (!fresh) return [];
    const matched = new Set(suppressed.map(({ suppression: s }) => `${s.rule}|${s.target}`));
    return (settings?.suppressions ?? []).filter((s) => !matched.has(`${s.rule}|${s.target}`));
  }, [fresh, suppressed, settings]);

  const handlers = useMemo<RowHandlers>(() => ({
    hover(finding) {
      const state = store.getState();
      if (finding) state.setHighlight({ nodes: new Set(finding.nodes), links: new Set(finding.links) });
      else if (state.highlight) state.setHighlight(null);
    },
    select(finding) {
      setActiveKey(findingKey(finding));
      selectFinding(store, finding);
    },
    fix(finding: Finding, fix: QuickFix) {
      applyQuickFix(store, finding, fix);
    },
    suppress(finding) {
      setSuppressing(finding);
    },
  }), [store]);

  const restore = useCallback((s: Suppression) => removeSuppression(store, s.rule, s.target), [store]);
  const configure = useCallback((rule: Rule, patch: RuleConfigPatch) => configureRule(store, rule.id, patch), [store]);

  const toggleSeverity = (severity: Severity) => {
    setSeverities((current) => {
      const next = new Set(current);
      if (next.has(severity)) next.delete(severity);
      else next.add(severity);
      return next;
    });
  };
  const clearFilters = () => {
    setSeverities(ALL_SEVERITIES);
    setQuery('');
  };

  const ruleQuery = deferredQuery.trim().toLowerCase();
  const visibleRules = useMemo(
    () => (ruleQuery === '' ? RULES : RULES.filter((r) => `${r.id} ${r.title} ${r.explanation} ${r.pattern.name}`.toLowerCase().includes(ruleQuery))),
    [ruleQuery],
  );
  const filtered = severities.size < SEVERITIES.length || query.trim() !== '';

  return (
    <section className="fp" data-testid="findings-panel" aria-label="Problems">
      <header className="fp__header">
        <div className="fp__tabs" role="tablist" aria-label="Findings panel views">
          <button type="button" role="tab" id={`${tabsId}-problems`} aria-selected={view === 'problems'} aria-controls={`${tabsId}-body`}
            className="fp__tab" data-testid="problems-tab" onClick={() => setView('problems')}>
            Problems
            {findings.length > 0 && <span className="fp-count">{findings.length}</span>}
          </button>
          <button type="button" role="tab" id={`${tabsId}-settings`} aria-selected={view === 'settings'} aria-controls={`${tabsId}-body`}
            className="fp__tab" data-testid="rule-settings" onClick={() => setView(view === 'settings' ? 'problems' : 'settings')}>
            Rule settings
          </button>
        </div>
        {view === 'problems' && (
          <div className="fp__badges" role="group" aria-label="Show severities">
            {SEVERITIES.map((severity) => (
              <button key={severity} type="button" className={`fp-badge fp-badge--${severity}`} aria-pressed={severities.has(severity)}
                data-testid={`filter-${severity}`} title={`${severities.has(severity) ? 'Hide' : 'Show'} ${SEVERITY_LABELS[severity].toLowerCase()} (${severityCount(severity, counts[severity])})`}
                onClick={() => toggleSeverity(severity)}>
                <SeverityIcon severity={severity} size={12} />
                <span className="fp-badge__count">{counts[severity]}</span>
              </button>
            ))}
          </div>
        )}
        <label className="fp__search">
          <SearchIcon size={12} />
          <span className="fp-visually-hidden">{view === 'problems' ? 'Filter findings' : 'Filter rules'}</span>
          <input type="search" value={query} data-testid="findings-search" spellCheck={false} autoComplete="off"
            placeholder={view === 'problems' ? 'Filter by text, service or rule' : 'Filter rules'}
            onChange={(e) => setQuery(e.target.value)}
            onKeyDown={(e) => {
              if (e.key === 'Escape' && query !== '') {
                e.preventDefault();
                e.stopPropagation();
                setQuery('');
              }
            }} />
        </label>
        <span className="fp__spacer" />
        {view === 'problems' && filtered && (
          <span className="fp__shown" aria-live="polite">{shown} of {findings.length} shown</span>
        )}
        {onClose && (
          <button type="button" className="fp-icon-btn" aria-label="Hide the problems panel" title="Hide panel" data-testid="findings-close" onClick={onClose}>
            <CollapseIcon size={14} />
          </button>
        )}
      </header>

      <div className="fp__body" id={`${tabsId}-body`} role="tabpanel"
        aria-labelledby={`${tabsId}-${view === 'problems' ? 'problems' : 'settings'}`}>
        {view === 'settings' ? (
          <RuleSettingsView rules={visibleRules} settings={settings} counts={perRule} onConfigure={configure} />
        ) : (
          <>
            {!analyzed ? (
              <p className="fp-empty__text fp-pad">Checking the model…</p>
            ) : findings.length === 0 ? (
              <div className="fp-empty" data-testid="findings-empty">
                <CheckCircleIcon size={20} />
                <div>
                  <p className="fp-empty__title">No problems found — {enabledRules} {enabledRules === 1 ? 'rule' : 'rules'} checked</p>
                  <p className="fp-empty__text">
                    Findings update as you edit.
                    {enabledRules < RULES.length && (
                      <> {RULES.length - enabledRules} switched off in <button type="button" className="fp-link" onClick={() => setView('settings')}>rule settings</button>.</>
                    )}
                  </p>
                </div>
              </div>
            ) : groups.length === 0 ? (
              <div className="fp-empty fp-empty--filtered">
                <p className="fp-empty__text">
                  {severities.size === 0 ? 'Every severity is hidden.' : `No finding matches “${query.trim()}”.`}{' '}
                  <button type="button" className="fp-link" onClick={clearFilters}>Clear filters</button>
                </p>
              </div>
            ) : (
              <FindingTree groups={groups} activeKey={activeKey} handlers={handlers} />
            )}
            <SuppressedList suppressed={suppressed} stale={stale} name={name} onRestore={restore} />
          </>
        )}
      </div>

      {suppressing && (
        <SuppressDialog finding={suppressing} name={name} onClose={() => setSuppressing(null)}
          onConfirm={(reason) => {
            suppressFinding(store, suppressing, reason);
            setSuppressing(null);
          }} />
      )}
    </section>
  );
}

/** Severity sections, each a list of rule groups; Up/Down move between rows like a tree. */
function FindingTree({ groups, activeKey, handlers }: { groups: readonly SeverityGroup[]; activeKey: string | null; handlers: RowHandlers }) {
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if (e.key !== 'ArrowDown' && e.key !== 'ArrowUp') return;
    const items = [...e.currentTarget.querySelectorAll<HTMLElement>('.fp-nav')].filter((el) => !el.closest('[hidden]'));
    const index = items.indexOf(document.activeElement as HTMLElement);
    if (index < 0) return;
    const next = items[index + (e.key === 'ArrowDown' ? 1 : -1)];
    if (!next) return;
    e.preventDefault();
    next.focus();
  };
  return (
    <div className="fp-tree" onKeyDown={onKeyDown}>
      {groups.map((group) => (
        <SeveritySection key={group.severity} group={group} activeKey={activeKey} handlers={handlers} />
      ))}
    </div>
  );
}

const SeveritySection = memo(function SeveritySection({ group, activeKey, handlers }: { group: SeverityGroup; activeKey: string | null; handlers: RowHandlers }) {
  const [open, setOpen] = useState(true);
  const bodyId = useId();
  return (
    <section className={`fp-severity fp-severity--${group.severity}`} data-testid={`severity-${group.severity}`}>
      <button type="button" className="fp-section-toggle fp-nav" aria-expanded={open} aria-controls={bodyId} onClick={() => setOpen((o) => !o)}>
        <ChevronIcon className="fp-chevron" />
        <span className={`fp-sev fp-sev--${group.severity}`} aria-hidden="true"><SeverityIcon severity={group.severity} size={12} /></span>
        <span>{SEVERITY_LABELS[group.severity]}</span>
        <span className="fp-count">{group.count}</span>
      </button>
      <ul id={bodyId} className="fp-groups" hidden={!open}>
        {open && group.rules.map((rule) => (
          <RuleGroupView key={rule.key} group={rule} activeKey={activeKey} handlers={handlers} />
        ))}
      </ul>
    </section>
  );
});
