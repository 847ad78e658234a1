import { describe, expect, it } from 'vitest';
import { serializeModel } from '../../core/io/index.ts';
import { distributedMonolithTemplate, ecommerceTemplate } from '../../core/templates/index.ts';
import { fakeIO } from '../__fixtures__/fake-io.ts';
import { main } from '../main.ts';
import { run } from './lint.ts';

const bad = serializeModel(distributedMonolithTemplate.build());
const good = serializeModel(ecommerceTemplate.build());
const files = { '/work/bad.json': bad, '/work/good.json': good };

/** A fake io that also says whether to colour (CliIO itself does not know about terminals). */
const io = (color = false) => Object.assign(fakeIO(files), { color });

describe('faultline lint', () => {
  it('text: one line per finding with file:line:col, a summary and the decision; exit 1 on errors', async () => {
    const out = io();
    expect(await run(['bad.json'], out)).toBe(1);
    const text = out.out();
    const lines = text.split('\n');
    const sharedLine = bad.split('\n').findIndex((l) => l.includes('"id": "shared-db"')) + 1;
    expect(lines.find((l) => l.includes('shared-database'))).toMatch(new RegExp(`^bad\\.json:${sharedLine}:\\d+  error    shared-database +shared_db is shared by 5 services`));
    expect(text).toMatch(/\n\d+ findings \(3 errors, \d+ warnings, 0 info\)\n/);
    expect(text).toContain('Decision framework: Start with monolith');
    expect(text).toContain("Can't define clear service boundaries → You're not ready for microservices");
    expect(text).not.toContain('\u001b[');
    expect(out.err()).toBe('');
  });

  it('colours only when asked (a terminal without NO_COLOR)', async () => {
    const out = io(true);
    await run(['bad.json'], out);
    expect(out.out()).toContain('\u001b[31merror');
  });

  it('exit 0 for a model with only warnings; --fail-on warning lowers the bar', async () => {
    expect(await run(['good.json'], io())).toBe(0);
    expect(await run(['good.json', '--fail-on', 'warning'], io())).toBe(1);
    expect(await run(['good.json', '--fail-on=info'], io())).toBe(1);
  });

  it('json: exactly the documented shape', async () => {
    const out = io();
    expect(await run(['bad.json', '--format', 'json'], out)).toBe(1);
    const report = JSON.parse(out.out()) as { findings: Record<string, unknown>[]; decision: Record<string, unknown> };
    expect(Object.keys(report)).toEqual(['findings', 'decision']);
    for (const f of report.findings) expect(Object.keys(f)).toEqual(['rule', 'severity', 'message', 'nodes', 'links']);
    expect(report.findings[0]).toMatchObject({ severity: 'error' });
    expect(report.decision).toEqual({
      verdict: 'start-with-monolith',
      reasons: expect.arrayContaining([{ row: 'Tight deadlines, unknown requirements', then: 'Monolith first, extract later' }]),
    });
    expect(Object.keys(report.decision)).toEqual(['verdict', 'reasons']);
  });

  it('sarif: 2.1.0 with rules, levels, regions and logical locations', async () => {
    const out = io();
    expect(await run(['bad.json', '--format=sarif'], out)).toBe(1);
    const log = JSON.parse(out.out());
    expect(log.version).toBe('2.1.0');
    const [runEntry] = log.runs;
    expect(runEntry.tool.driver.name).toBe('faultline');
    expect(runEntry.tool.driver.rules.map((r: { id: string }) => r.id)).toContain('shared-database');
    expect(runEntry.tool.driver.rules[0]).toMatchObject({ shortDescription: { text: 'Shared database' }, fullDescription: { text: expect.any(String) } });
    const shared = runEntry.results.find((r: { ruleId: string }) => r.ruleId === 'shared-database');
    expect(shared.level).toBe('error');
    expect(shared.locations[0].physicalLocation.artifactLocation.uri).toBe('bad.json');
    expect(shared.locations[0].physicalLocation.region.startLine).toBeGreaterThan(1);
    expect(shared.locations[0].logicalLocations[0]).toEqual({ name: 'shared-db', fullyQualifiedName: 'nodes/shared-db', kind: 'resource' });
    expect(runEntry.results.some((r: { level: string }) => r.level === 'warning')).toBe(true);
  });

  it('sarif and text list suppressed findings with their reason', async () => {
    const model = distributedMonolithTemplate.build();
    const text = serializeModel({ ...model, settings: { suppressions: [{ rule: 'shared-database', target: 'shared-db', reason: 'migration under way' }] } });
    const out = Object.assign(fakeIO({ '/work/s.json': text }), { color: false });
    await run(['s.json', '--format', 'sarif'], out);
    const results = JSON.parse(out.out()).runs[0].results as { ruleId: string; suppressions?: unknown[] }[];
    expect(results.find((r) => r.ruleId === 'shared-database')?.suppressions).toEqual([{ kind: 'inSource', justification: 'migration under way' }]);
    const plain = Object.assign(fakeIO({ '/work/s.json': text }), { color: false });
    await run(['s.json'], plain);
    expect(plain.out()).toContain('1 suppressed:\n  shared-database on shared-db: migration under way');
  });

  it('finds lines in YAML too', async () => {
    const yaml = ['format: faultline', 'version: 1', 'name: Y', 'nodes:', '  - { kind: service, id: a, name: A }', '  - kind: service', '    id: b', '    name: B'].join('\n');
    const out = Object.assign(fakeIO({ '/work/y.yaml': yaml }), { color: false });
    await run(['y.yaml'], out);
    expect(out.out()).toContain('y.yaml:7:9  warning  missing-health-check  B has no liveness or readiness check.');
  });

  it('exit 2 with the loader errors for an invalid model, and for a missing file', async () => {
    const out = Object.assign(fakeIO({ '/work/broken.json': '{ "format": "faultline", "version": 1, "name": "x", "nodes": [{ "kind": "queue", "id": "q", "name": "Q" }] }' }), { color: false });
    expect(await run(['broken.json'], out)).toBe(2);
    expect(out.err()).toContain('broken.json is not a valid model (1 error)');
    expect(out.err()).toMatch(/broken\.json:1:\d+ {2}nodes\[0\]\.kind {2}unknown node kind "queue"/);
    expect(out.out()).toBe('');
    const missing = io();
    expect(await run(['nope.json'], missing)).toBe(2);
    expect(missing.err()).toContain('cannot read nope.json: no such file');
  });

  it('exit 2 for bad usage', async () => {
    for (const args of [[], ['--format', 'xml', 'bad.json'], ['--fail-on', 'fatal', 'bad.json'], ['bad.json', 'good.json'], ['--bogus', 'bad.json'], ['bad.json', '--format']]) {
      const out = io();
      expect(await run(args, out), args.join(' ')).toBe(2);
      expect(out.err()).toContain('Usage: faultline lint');
    }
  });

  it('warns about settings that name unknown rules or targets', async () => {
    const text = serializeModel({ ...ecommerceTemplate.build(), settings: { rules: { 'no-such-rule': { enabled: false } } } });
    const out = Object.assign(fakeIO({ '/work/m.json': text }), { color: false });
    expect(await run(['m.json'], out)).toBe(0);
    expect(out.err()).toContain('warning: settings.rules.no-such-rule: unknown rule "no-such-rule"');
  });

  it('is registered with the CLI', async () => {
    const out = io();
    expect(await main(['lint', 'good.json', '--format', 'json'], out)).toBe(0);
    expect(JSON.parse(out.out()).decision.verdict).toBe('microservices-work-well');
  });
});
