import { describe, expect, it } from 'vitest';
import { richModel } from '../io/__fixtures__/models.ts';
import { HOSTILE_NAMES, hostileModel } from './__fixtures__/hostile-model.ts';
import { hasJava, renderSvgs, svgText } from './__fixtures__/plantuml-runner.ts';
import { plantumlText, toC4PlantUml } from './c4-plantuml.ts';

describe('toC4PlantUml', () => {
  it('writes containers, datastores, queues, external systems, boundaries and relations', () => {
    const text = toC4PlantUml(richModel());
    expect(text.split('\n').slice(0, 2)).toEqual(['@startuml', '!include <C4/C4_Container>']);
    expect(text).toContain('Boundary(g_ordering, "Ordering", "bounded context, Team Orders") {\n  Container(n_orders, "Orders", "Service", "Takes orders.")\n  ContainerDb(n_orders_db, "Orders DB", "PostgreSQL")\n}');
    expect(text).toContain('ContainerQueue(n_events, "Order events", "Kafka")');
    expect(text).toContain('System_Ext(n_stripe, "Stripe", "External system")');
    expect(text).toContain('Container(n_web, "Web app", "Web app")');
    expect(text).toContain('Rel(n_api, n_orders, "POST /orders", "gRPC")');
    expect(text).toContain('Rel(n_orders, n_events, "OrderPlaced", "async, topic orders")');
    expect(text).toContain('Rel(n_orders, n_orders_db, "reads and writes", "data")');
    expect(text.trimEnd().endsWith('@enduml')).toBe(true);
  });

  it('escapes everything PlantUML or Creole would interpret, and nothing else', () => {
    expect(plantumlText('Say "hi"')).toBe('Say <U+0022>hi<U+0022>');
    expect(plantumlText('a\nb\r\nc')).toBe('a\\nb\\nc');
    expect(plantumlText('back\\slash')).toBe('back<U+005C>slash');
    expect(plantumlText('**b** --s-- a-b')).toBe('*<U+002A>b*<U+002A> -<U+002D>s-<U+002D> a-b');
    expect(plantumlText('${HOME} %date% !include')).toBe('<U+0024>{HOME} <U+0025>date<U+0025> <U+0021>include');
    expect(plantumlText('Zahlung ä 支付 💳')).toBe('Zahlung ä 支付 💳');
  });

  // The real PlantUML, with its bundled C4 library, must draw every name exactly.
  it.skipIf(!hasJava())('renders in PlantUML with every name and label shown as written', { timeout: 120_000 }, () => {
    const rich = richModel();
    const hostile = hostileModel();
    const [richSvg, hostileSvg] = renderSvgs([toC4PlantUml(rich), toC4PlantUml(hostile)]);
    for (const svg of [richSvg, hostileSvg]) {
      expect(svg).toBeDefined();
      expect(svgText(svg ?? '')).not.toMatch(/syntax error|cannot include|not found/i);
    }
    // C4 wraps long labels over several <text> elements, so compare without whitespace.
    const squash = (s: string) => s.replace(/\s+/g, '');
    const shown = squash(svgText(hostileSvg ?? ''));
    for (const name of HOSTILE_NAMES) if (name.trim() !== '') expect(shown, name).toContain(squash(name));
    expect(shown).toContain(squash('Context "end" ]'));
    const richShown = squash(svgText(richSvg ?? ''));
    for (const node of rich.nodes) expect(richShown).toContain(squash(node.name));
    expect(richShown).toContain('POST/orders');
  });
});
