/** loadLesson: lessons from files and links, and clear errors (path, message, line) for broken ones. */
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { LESSONS } from './index.ts';
import { loadLesson, loadLessonLazy } from './load-lesson.ts';
import { loadLessonWith } from './load.ts';
import { decodeLessonFragment, encodeLessonFragment, serializeLesson } from './share.ts';

/** A small valid lesson as a raw document, for tests to break one field at a time. */
function doc(): Record<string, unknown> & { steps: Record<string, unknown>[]; start: Record<string, unknown> } {
  return {
    format: 'faultline-lesson',
    version: 1,
    id: 'tiny',
    title: 'Tiny',
    summary: 'A lesson to break.',
    start: {
      format: 'faultline',
      version: 1,
      name: 'Tiny',
      nodes: [
        { kind: 'service', id: 'a', name: 'a', position: { x: 0, y: 0 } },
        { kind: 'service', id: 'b', name: 'b', position: { x: 300, y: 0 } },
      ],
      links: [{ kind: 'sync', id: 'a-b', from: 'a', to: 'b' }],
    },
    steps: [{ id: 'add-a-timeout', title: 'Add a timeout', instructions: 'Give **a → b** a timeout.', check: { link: { from: 'a', to: 'b', has: ['timeout'] } } }],
  };
}

const text = (d: unknown) => JSON.stringify(d, null, 2);
const errorsOf = (source: string, fileName?: string) => {
  const result = loadLesson(source, fileName === undefined ? {} : { fileName });
  if (result.ok) throw new Error('expected the lesson to be rejected');
  return result.errors;
};

describe('loadLesson', () => {
  it('loads a valid lesson from JSON and from YAML, with the start model’s defaults filled in', () => {
    const json = loadLesson(text(doc()));
    const yaml = loadLesson(stringify(doc()), { fileName: 'tiny.lesson.yaml' });
    expect(json.ok && yaml.ok).toBe(true);
    if (!json.ok || !yaml.ok) return;
    expect(json.lesson.start.groups).toEqual([]);
    expect(json.lesson.start.sagas).toEqual([]);
    expect(yaml.lesson).toEqual(json.lesson);
  });

  it('loads YAML only when given a YAML parser (the lazy loader fetches it on demand)', async () => {
    expect(loadLessonWith(stringify(doc()), {}, undefined)).toEqual({ ok: false, errors: [{ path: '(root)', message: 'YAML is not available here: expected JSON' }] });
    expect((await loadLessonLazy(stringify(doc()))).ok).toBe(true);
    expect((await loadLessonLazy(text(doc()))).ok).toBe(true);
  });

  it('says plainly when the text is not a lesson', () => {
    expect(errorsOf('[1, 2]')).toEqual([{ path: '(root)', message: 'expected a Faultline lesson (an object with "format": "faultline-lesson") but found a list', line: 1, column: 1 }]);
    expect(errorsOf(text({ ...doc(), format: 'faultline' }))[0]?.message).toMatch(/this is a Faultline model, not a lesson/);
    expect(errorsOf(text({ ...doc(), format: undefined }))[0]).toMatchObject({ path: 'format', message: 'missing "format": a lesson starts with "format": "faultline-lesson"' });
    expect(errorsOf(text({ ...doc(), version: 2 }))[0]).toMatchObject({ path: 'version', message: expect.stringMatching(/newer Faultline/) });
    expect(errorsOf('{ "format": "faultline-lesson", ')[0]).toMatchObject({ path: '(root)', line: 1 });
    expect(errorsOf('')[0]?.message).toMatch(/empty/);
  });

  it('reports envelope problems by path and line', () => {
    const d = doc();
    d['id'] = 'Tiny Lesson';
    d['title'] = '';
    d['level'] = 'hard';
    delete d['summary'];
    const errors = errorsOf(text(d));
    const expected = [
      { path: 'id', message: 'an id is lower-case words joined by dashes, e.g. "stop-the-cascade"' },
      { path: 'title', message: 'must not be empty' },
      { path: 'summary', message: 'missing "summary": expected text' },
      { path: 'level', message: 'unknown field "level"' },
    ];
    expect(errors.map(({ path, message }) => ({ path, message }))).toEqual(expect.arrayContaining(expected));
    expect(errors).toHaveLength(expected.length);
    expect(errors.find((e) => e.path === 'id')?.line).toBe(4);
  });

  it('checks the start model with the model loader’s own words, under "start"', () => {
    const d = doc();
    (d.start['nodes'] as Record<string, unknown>[])[1]!['kind'] = 'servise';
    expect(errorsOf(text(d))[0]).toMatchObject({ path: 'start.nodes[1].kind', message: expect.stringMatching(/unknown node kind "servise"/), line: 22 });
    const broken = doc();
    broken.start['links'] = [{ kind: 'sync', id: 'a-c', from: 'a', to: 'c' }];
    expect(errorsOf(text(broken))).toEqual([expect.objectContaining({ path: 'start.links[0].to', message: 'no node with id "c"' })]);
    const missing = doc();
    delete (missing as Record<string, unknown>)['start'];
    expect(errorsOf(text(missing))).toEqual([expect.objectContaining({ path: 'start', message: 'missing "start": a lesson needs the model the learner starts from' })]);
  });

  it('reports a broken check at its exact path, with the line', () => {
    const d = doc();
    d.steps[0]!['check'] = { all: [{ link: { from: 'a', to: 'b', has: ['timeout'] } }, { findings: { rule: 'sync-chain', expect: 'absent' } }] };
    const [error] = errorsOf(text(d));
    expect(error).toMatchObject({ path: 'steps[0].check.all[1].findings', message: 'unknown check "findings"; did you mean "finding"?' });
    expect(error?.line).toBeGreaterThan(30);
    const missing = doc();
    delete missing.steps[0]!['check'];
    expect(errorsOf(text(missing))[0]).toMatchObject({ path: 'steps[0].check', message: expect.stringMatching(/^missing check/) });
  });

  it('rejects duplicate step ids, an empty step list and unknown pattern ids', () => {
    const d = doc();
    d.steps.push({ ...d.steps[0]! });
    d['patterns'] = ['circuit-braker'];
    expect(errorsOf(text(d)).map(({ path, message }) => `${path}: ${message}`)).toEqual([
      'steps[1].id: duplicate step id "add-a-timeout": already used by steps[0]',
      'patterns[0]: no pattern "circuit-braker" in the library; did you mean "circuit-breaker"?',
    ]);
    expect(errorsOf(text({ ...doc(), steps: [] }))[0]).toMatchObject({ path: 'steps', message: 'a lesson needs at least one step' });
  });

  it('warns (without failing) when a simulation names a node the start model lacks', () => {
    const d = doc();
    d.steps[0]!['check'] = { simulation: { scenario: { name: 'x', durationMs: 1000, load: [{ entry: 'web-app', ratePerSecond: 1 }] }, expect: [{ entry: 'web-app', availability: { min: 1 } }] } };
    const result = loadLesson(text(d));
    expect(result.ok && result.warnings).toEqual(['steps[0] (add-a-timeout): the simulation names “web-app”, which the start model does not have; the learner must add it']);
  });

  it('round-trips every shipped lesson through a file and a link', () => {
    for (const lesson of LESSONS) {
      const fromFile = loadLesson(serializeLesson(lesson));
      const fromLink = decodeLessonFragment(`#${encodeLessonFragment(lesson)}`);
      expect(fromFile.ok && fromFile.lesson).toEqual(lesson);
      expect(fromLink.ok && fromLink.lesson).toEqual(lesson);
    }
  });

  it('explains a damaged or empty lesson link', () => {
    expect(decodeLessonFragment('#m=abc')).toEqual({ ok: false, errors: [{ path: '(root)', message: 'this link holds no lesson (expected "#lesson=…" after the address)' }] });
    expect(decodeLessonFragment('lesson=%%%')).toMatchObject({ ok: false, errors: [{ message: 'this lesson link is damaged or cut short' }] });
  });
});
