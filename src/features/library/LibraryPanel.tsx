/**
 * The pattern library: every pattern, anti-pattern and decision framework of the catalogue, searchable
 * by title, summary, keyword or rule id. An entry shows what it is, when to use it and when not, a small
 * diagram drawn with Faultline's own nodes, what the rules engine checks for it, and — where it makes
 * sense — "Apply to selection", one undo step. A finding's "Learn about…" opens the entry that fixes it
 * (through the teaching store's `libraryRequest`).
 */
import { useCallback, useDeferredValue, useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { getPattern, patternForRule, PATTERNS, searchPatterns, type PatternEntry, type PatternKind } from '../../core/teaching/index.ts';
import { isRuleId } from '../../core/rules/index.ts';
import { useTeaching, useTeachingStore, type LibraryRequest } from '../../store/teaching.ts';
import { EntryView } from './EntryView.tsx';
import { BookIcon, SearchIcon } from './icons.tsx';
import { KindBadge } from './KindBadge.tsx';
import './library.css';

const GROUPS: { kind: PatternKind; title: string }[] = [
  { kind: 'framework', title: 'Decision frameworks' },
  { kind: 'pattern', title: 'Patterns' },
  { kind: 'anti-pattern', title: 'The NEVER list' },
];

/** The entry a request points at, if it exists. */
export function resolveRequest(request: LibraryRequest): PatternEntry | undefined {
  if ('entryId' in request) return getPattern(request.entryId);
  return isRuleId(request.ruleId) ? patternForRule(request.ruleId) : undefined;
}

export function LibraryPanel() {
  const teaching = useTeachingStore();
  const request = useTeaching((s) => s.libraryRequest);
  const lessonActive = useTeaching((s) => s.active !== null);
  const [query, setQuery] = useState('');
  const [openId, setOpenId] = useState<string | null>(null);
  const deferredQuery = useDeferredValue(query);
  const results = useMemo(() => searchPatterns(deferredQuery), [deferredQuery]);
  const searchRef = useRef<HTMLInputElement>(null);
  const listRef = useRef<HTMLDivElement>(null);
  const headingId = useId();

  // A request from elsewhere (a finding, a lesson) opens its entry; it is handled once.
  useEffect(() => {
    if (!request) return;
    const entry = resolveRequest(request);
    if (entry) setOpenId(entry.id);
    teaching.getState().clearLibraryRequest();
  }, [request, teaching]);

  const entry = openId ? getPattern(openId) : undefined;
  const close = useCallback(() => teaching.getState().closeDrawer(), [teaching]);
  const back = useCallback(() => {
    setOpenId(null);
    // Back in the list, the search keeps its text and focus returns to it.
    requestAnimationFrame(() => searchRef.current?.focus());
  }, []);

  const onSearchKey = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'Enter' && results[0]) {
      e.preventDefault();
      setOpenId(results[0].id);
    } else if (e.key === 'ArrowDown') {
      e.preventDefault();
      listRef.current?.querySelector<HTMLButtonElement>('.lib-item')?.focus();
    } else if (e.key === 'Escape') {
      e.preventDefault();
      e.stopPropagation();
      if (query) setQuery('');
      else close();
    }
  };

  const onListKey = (e: KeyboardEvent<HTMLDivElement>) => {
    if (e.key !== 'ArrowDown' && e.key !== 'ArrowUp') return;
    const items = [...(listRef.current?.querySelectorAll<HTMLButtonElement>('.lib-item') ?? [])];
    const at = items.indexOf(document.activeElement as HTMLButtonElement);
    if (at < 0) return;
    e.preventDefault();
    if (e.key === 'ArrowUp' && at === 0) searchRef.current?.focus();
    else items[Math.max(0, Math.min(items.length - 1, at + (e.key === 'ArrowDown' ? 1 : -1)))]?.focus();
  };

  const grouped = deferredQuery.trim() === '';

  return (
    <aside className="lib drawer" aria-labelledby={headingId} data-testid="library-panel">
      <header className="drawer__header">
        <BookIcon size={16} className="drawer__icon" />
        <h2 id={headingId}>Pattern library</h2>
        {lessonActive && (
          <button type="button" className="lib-link" data-testid="library-to-lesson" title="Back to the lesson you are playing"
            onClick={() => teaching.getState().openDrawer('lessons')}>
            Back to the lesson
          </button>
        )}
        <button type="button" className="tool-btn tool-btn--icon" aria-label="Close the pattern library" title="Close" data-testid="library-close" onClick={close}>×</button>
      </header>
      {entry ? (
        <EntryView key={entry.id} entry={entry} onBack={back} onOpen={setOpenId} />
      ) : (
        <>
          <div className="lib__search">
            <SearchIcon size={14} />
            <input ref={searchRef} type="search" className="lib__search-input" placeholder="Search patterns, rules (e.g. shared-database)…"
              aria-label="Search the pattern library" data-testid="library-search" autoFocus value={query}
              onChange={(e) => setQuery(e.target.value)} onKeyDown={onSearchKey} />
          </div>
          <div className="lib__list" ref={listRef} onKeyDown={onListKey} data-testid="library-list">
            {results.length === 0 && (
              <p className="lib__empty" data-testid="library-empty">
                Nothing matches “{deferredQuery.trim()}”. Try a pattern’s name, a word like <em>kafka</em> or <em>fallback</em>, or a rule id.
              </p>
            )}
            {grouped
              ? GROUPS.map((group) => {
                const entries = PATTERNS.filter((p) => p.kind === group.kind);
                return entries.length === 0 ? null : (
                  <section key={group.kind} className="lib__group" aria-label={group.title}>
                    <h3 className="lib__group-title">{group.title}<span className="lib__count">{entries.length}</span></h3>
                    <ul className="lib__items">{entries.map((p) => <ListItem key={p.id} entry={p} onOpen={setOpenId} />)}</ul>
                  </section>
                );
              })
              : (
                <>
                  <p className="lib__shown" aria-live="polite">{results.length} of {PATTERNS.length}</p>
                  <ul className="lib__items">{results.map((p) => <ListItem key={p.id} entry={p} onOpen={setOpenId} />)}</ul>
                </>
              )}
          </div>
        </>
      )}
    </aside>
  );
}

function ListItem({ entry, onOpen }: { entry: PatternEntry; onOpen: (id: string) => void }) {
  return (
    <li>
      <button type="button" className="lib-item" data-testid={`library-entry-${entry.id}`} onClick={() => onOpen(entry.id)}>
        <span className="lib-item__top">
          <span className="lib-item__title">{entry.title}</span>
          <KindBadge kind={entry.kind} />
        </span>
        <span className="lib-item__summary">{entry.summary}</span>
      </button>
    </li>
  );
}

export default LibraryPanel;
