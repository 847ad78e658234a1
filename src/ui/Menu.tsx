import { useEffect, useRef, useState, type ReactNode } from 'react';

export interface MenuItem {
  id: string;
  label: string;
  hint?: string;
  onSelect: () => void;
}

/** A button that opens a list of actions; closes on choice, outside click or Escape. */
export function Menu({ label, items, testId, icon }: { label: string; items: readonly MenuItem[]; testId?: string; icon?: ReactNode }) {
  const [open, setOpen] = useState(false);
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!open) return;
    const onDown = (e: MouseEvent) => {
      if (!ref.current?.contains(e.target as Node)) setOpen(false);
    };
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') setOpen(false);
    };
    window.addEventListener('mousedown', onDown);
    window.addEventListener('keydown', onKey);
    return () => {
      window.removeEventListener('mousedown', onDown);
      window.removeEventListener('keydown', onKey);
    };
  }, [open]);
  return (
    <div className="menu" ref={ref}>
      <button type="button" className="tool-btn" aria-haspopup="menu" aria-expanded={open} onClick={() => setOpen(!open)} data-testid={testId}>
        {icon}
        <span>{label}</span>
        <span className="menu__caret" aria-hidden="true">▾</span>
      </button>
      {open && (
        <div className="menu__list" role="menu">
          {items.map((item) => (
            <button key={item.id} type="button" role="menuitem" className="menu__item" data-testid={testId ? `${testId}-${item.id}` : undefined}
              onClick={() => {
                setOpen(false);
                item.onSelect();
              }}>
              <span className="menu__label">{item.label}</span>
              {item.hint && <span className="menu__hint">{item.hint}</span>}
            </button>
          ))}
        </div>
      )}
    </div>
  );
}
