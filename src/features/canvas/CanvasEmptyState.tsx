import { TEMPLATES } from '../../core/templates/index.ts';
import { useEditorStore, useServices } from '../../store/StoreProvider.tsx';
import { openTemplate } from '../../store/document-actions.ts';

/** What a new user sees on an empty canvas: how to start, and a one-click start from a template. */
export function CanvasEmptyState() {
  const store = useEditorStore();
  const services = useServices();
  return (
    <div className="canvas-empty" data-testid="empty-state">
      <div className="canvas-empty__card">
        <h2>Design your architecture</h2>
        <ol>
          <li><strong>Drag</strong> a service, database or broker from the palette on the left (or click one).</li>
          <li><strong>Connect</strong> two nodes by dragging from the dot on a node’s right edge to another node — to a database makes a data link, to a broker an event.</li>
          <li><strong>Select</strong> a node or link to edit it, and add timeouts, retries and circuit breakers in the inspector.</li>
        </ol>
        <div className="canvas-empty__templates">
          <span>Or start from a template:</span>
          {TEMPLATES.map((t) => (
            <button key={t.id} type="button" className="btn btn--secondary" title={t.summary}
              onClick={() => void openTemplate(store, services, t.id)} data-testid={`empty-template-${t.id}`}>
              {t.title}
            </button>
          ))}
        </div>
      </div>
    </div>
  );
}
