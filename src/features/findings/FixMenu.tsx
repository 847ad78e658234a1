import { useEffect, useLayoutEffect, useRef, useState, type CSSProperties } from 'react';
import type { QuickFix } from '../../core/rules/index.ts';
import { CaretDownIcon } from './icons.tsx';

/**
 * The "other fixes" caret next to a finding's main quick fix. The list is fixed-positioned from the
 * button, so the panel's scroll box never clips it, and opens upwards when there is no room below
 * (the panel sits at the bottom of the window). Closes on choice, outside click, Escape or scroll.
 */
export function FixMenu({ fixes, onApply }: { fixes: readonly QuickFix[]; onApply: (fix: QuickFix) => void }) {
  const [open, setOpen] = useState(false);
  const [style, setStyle] = useState<CSSProperties>({});
  const button = useRef<HTMLButtonElement>(null);
  const list = useRef<HTMLDivElement>(null);

  useLayoutEffect(() => {
    if (!open || !button.current) return;
    const rect = button.current.getBoundingClientRect();
    const height = list.current?.offsetHeight ?? 0;
    const right = Math.max(8, window.innerWidth - rect.right);
    setStyle(rect.bottom + 4 + height > window.innerHeight
      ? { right, bottom: window.innerHeight - rect.top + 4 }
      : { right, top: rect.bottom + 4 });
    list.current?.querySelector<HTMLButtonElement>('button')?.focus();
  }, [open]);

  useEffect(() => {
    if (!open) return;
    const close = () => setOpen(false);
    const onDown = (e: MouseEvent) => {
      const target = e.target as Node;
      if (!list.current?.contains(target) && !button.current?.contains(target)) close();
    };
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape') return;
      e.preventDefault();
      close();
      button.current?.focus();
    };
    const onScroll = (e: Event) => {
      if (!list.current?.contains(e.target as Node)) close();
    };
    window.addEventListener('mousedown', onDown);
    window.addEventListener('keydown', onKey, true);
    window.addEventListener('scroll', onScroll, true);
    window.addEventListener('resize', close);
    return () => {
      window.removeEventListener('mousedown', onDown);
      window.removeEventListener('keydown', onKey, true);
      window.removeEventListener('scroll', onScroll, true);
      window.removeEventListener('resize', close);
    };
  }, [open]);

  return (
    <>
      <button ref={button} type="button" className="fp-btn fp-btn--fix fp-btn--caret" aria-haspopup="menu" aria-expanded={open}
        aria-label="Other fixes" title="Other fixes" data-testid="quick-fix-more" onClick={(e) => {
          e.stopPropagation();
          setOpen((o) => !o);
        }}>
        <CaretDownIcon />
      </button>
      {open && (
        <div ref={list} className="fp-menu" role="menu" style={style} onClick={(e) => e.stopPropagation()}>
          <div className="fp-menu__title">Other fixes</div>
          {fixes.map((fix) => (
            <button key={fix.label} type="button" role="menuitem" className="fp-menu__item" data-testid="quick-fix-alternative"
              onKeyDown={(e) => {
                if (e.key !== 'ArrowDown' && e.key !== 'ArrowUp') return;
                e.preventDefault();
                const next = e.key === 'ArrowDown' ? e.currentTarget.nextElementSibling : e.currentTarget.previousElementSibling;
                if (next instanceof HTMLButtonElement) next.focus();
              }}
              onClick={() => {
                setOpen(false);
                onApply(fix);
              }}>
              {fix.label}
            </button>
          ))}
        </div>
      )}
    </>
  );
}
