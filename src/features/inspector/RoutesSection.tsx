/**
 * A gateway's routes: path prefix → the node it forwards to, with the share of the gateway's traffic
 * each carries (the simulator splits load by it). The Strangler Fig in practice: moving `/api/orders`
 * from the monolith to the new service is one change of the target select — one undo step, like every
 * edit here (add, remove, reorder, a prefix or a share).
 */
import { LIMITS, slugify, type GatewayNode, type GatewayRoute } from '../../core/model/index.ts';
import { effectiveRouteShares } from '../../core/teaching/apply/route-shares.ts';
import type { EditorState } from '../../store/editor-store.ts';
import { useEditor, useEditorStore } from '../../store/StoreProvider.tsx';
import { moveGatewayRoute, removeGatewayRoute, replaceGatewayRoutes, setGatewayRoute } from '../../store/teaching.ts';
import { NumberField, Section, SelectField, TextField, type SelectOption } from '../../ui/fields/index.ts';
import { PlusIcon, TrashIcon } from '../../ui/icons.tsx';
import './routes.css';

const selectNodes = (s: EditorState) => s.model.nodes;
const selectLinks = (s: EditorState) => s.model.links;

/** Where the gateway can route: the nodes it calls synchronously (a route picks among its calls). */
function useTargets(gateway: GatewayNode): SelectOption<string>[] {
  const nodes = useEditor(selectNodes);
  const links = useEditor(selectLinks);
  const called = new Set(links.filter((l) => l.kind === 'sync' && l.from === gateway.id).map((l) => l.to));
  return nodes.filter((n) => called.has(n.id)).map((n) => ({ value: n.id, label: n.kind === 'service' && n.legacy ? `${n.name} (legacy)` : n.name }));
}

/** A prefix not used yet, named after the target when it can be (`/api/orders`). */
export function freshPrefix(routes: readonly GatewayRoute[], targetName: string | undefined): string {
  const used = new Set(routes.map((r) => r.prefix));
  const name = targetName?.trim() ? slugify(targetName).replace(/-service$/, '') : '';
  const base = `/api/${name || 'route'}`;
  if (!used.has(base)) return base;
  for (let i = 2; ; i++) if (!used.has(`${base}-${i}`)) return `${base}-${i}`;
}

const percent = (share: number) => `${Math.round(share * 1000) / 10}%`;

export function RoutesSection({ gateway }: { gateway: GatewayNode }) {
  const store = useEditorStore();
  const targets = useTargets(gateway);
  const routes = gateway.routes ?? [];
  const shares = effectiveRouteShares(routes);
  const replace = (next: GatewayRoute[], label: string) => replaceGatewayRoutes(store, gateway.id, next, label);
  const move = (index: number, by: -1 | 1) => {
    const next = [...routes];
    const [route] = next.splice(index, 1);
    if (!route) return;
    next.splice(index + by, 0, route);
    replace(next, 'Reorder routes');
  };
  const add = () => {
    // The first target without a route yet, else the first target.
    const routed = new Set(routes.map((r) => r.to));
    const target = targets.find((t) => !routed.has(t.value)) ?? targets[0];
    if (!target) return;
    const name = store.getState().model.nodes.find((n) => n.id === target.value)?.name;
    setGatewayRoute(store, gateway.id, { prefix: freshPrefix(routes, name), to: target.value }, 'Add route');
  };

  return (
    <Section title="Routes" testId="section-routes"
      hint="Requests by path prefix go to one of the gateway’s calls. Move a prefix to the new service to strangle the monolith; the simulator splits traffic by the shares.">
      {routes.length === 0 && (
        <p className="insp-muted insp-small">
          {targets.length === 0 ? 'Connect the gateway to a service first; then route prefixes to it.' : 'No routes: the gateway forwards every request along all its calls.'}
        </p>
      )}
      {routes.length > 0 && (
        <ol className="insp-routes" aria-label="Routes">
          {routes.map((route, index) => {
            const share = shares[index] ?? 0;
            const dangling = !targets.some((t) => t.value === route.to);
            return (
              <li key={`${index}:${route.prefix}`} className={`insp-route${dangling ? ' is-dangling' : ''}`} data-testid="route-row" data-prefix={route.prefix} data-to={route.to}>
                <div className="insp-route__head">
                  <span className="insp-route__share" title="Share of the gateway’s traffic this route carries">
                    <span className="insp-route__bar" style={{ width: percent(share) }} />
                    <span className="insp-route__pct" data-testid="route-effective-share">{percent(share)}</span>
                  </span>
                  <button type="button" className="tool-btn tool-btn--icon" aria-label={`Move route ${route.prefix} up`} data-testid="route-up" disabled={index === 0} onClick={() => move(index, -1)}>↑</button>
                  <button type="button" className="tool-btn tool-btn--icon" aria-label={`Move route ${route.prefix} down`} data-testid="route-down" disabled={index === routes.length - 1} onClick={() => move(index, 1)}>↓</button>
                  <button type="button" className="tool-btn tool-btn--icon" aria-label={`Remove route ${route.prefix}`} data-testid="route-remove"
                    onClick={() => removeGatewayRoute(store, gateway.id, route.prefix)}><TrashIcon size={13} /></button>
                </div>
                <TextField label="Prefix" testId="field-route-prefix" value={route.prefix} required requiredMessage="A route needs a path prefix"
                  maxLength={LIMITS.maxNameLength} monospace
                  validate={(prefix) => (!prefix.startsWith('/') ? 'A prefix starts with “/”, e.g. /api/orders'
                    : routes.some((r, i) => i !== index && r.prefix === prefix) ? 'Another route already has this prefix' : null)}
                  onCommit={(prefix) => replace(routes.map((r, i) => (i === index ? { ...r, prefix } : r)), 'Edit route prefix')} />
                <SelectField label="Goes to" testId="field-route-to" value={route.to} options={targets}
                  hint={dangling ? 'The gateway no longer calls this node: pick another, or draw the call.' : undefined}
                  onChange={(to) => to && moveGatewayRoute(store, gateway.id, route.prefix, to)} />
                <NumberField label="Share" testId="field-route-share" value={route.share === undefined ? undefined : Math.round(route.share * 1000) / 10}
                  min={0} max={100} unit="%" step={5} placeholder={`auto (${percent(share)})`}
                  onCommit={(pct) => replace(routes.map((r, i) => {
                    if (i !== index) return r;
                    if (pct === undefined) {
                      const { share: _share, ...rest } = r;
                      return rest;
                    }
                    return { ...r, share: Number((pct / 100).toPrecision(12)) };
                  }), 'Edit route share')} />
              </li>
            );
          })}
        </ol>
      )}
      <button type="button" className="insp-add" data-testid="add-route" disabled={targets.length === 0} onClick={add}>
        <PlusIcon size={14} /> Add route
      </button>
    </Section>
  );
}
