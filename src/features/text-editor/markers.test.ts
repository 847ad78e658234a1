import { describe, expect, it } from 'vitest';
import { toMarkers } from './markers.ts';

const lines = ['nodes:', '  - id: a', '    kind: servise', '    name: "Web app"', '    timeoutMS: 5'];

describe('toMarkers', () => {
  it('underlines the token at the error', () => {
    const [m] = toMarkers([{ path: 'nodes[0].kind', message: 'bad kind', line: 3, column: 11 }], lines);
    expect(m).toEqual({ startLineNumber: 3, startColumn: 11, endLineNumber: 3, endColumn: 18, message: 'bad kind', source: 'nodes[0].kind' });
    const [key] = toMarkers([{ path: 'nodes[0]', message: 'unknown field', line: 5, column: 5 }], lines);
    expect(lines[4]!.slice(key!.startColumn - 1, key!.endColumn - 1)).toBe('timeoutMS');
    const [quoted] = toMarkers([{ path: 'nodes[0].name', message: 'x', line: 4, column: 11 }], lines);
    expect(lines[3]!.slice(quoted!.startColumn - 1, quoted!.endColumn - 1)).toBe('"Web app"');
  });

  it('marks the whole line when there is no column, and the first line when there is no place', () => {
    expect(toMarkers([{ path: 'nodes[0]', message: 'm', line: 2 }], lines)[0]).toMatchObject({ startLineNumber: 2, startColumn: 3, endColumn: 10 });
    expect(toMarkers([{ path: '(root)', message: 'm' }], lines)[0]).toMatchObject({ startLineNumber: 1, startColumn: 1, endColumn: 7, source: 'faultline' });
  });

  it('keeps markers inside the text, visible even at a line end', () => {
    const [past] = toMarkers([{ path: 'x', message: 'm', line: 99, column: 99 }], lines);
    expect(past).toMatchObject({ startLineNumber: 5, startColumn: 17, endColumn: 18 });
    expect(toMarkers([{ path: 'x', message: 'm', line: 1, column: 1 }], [])[0]).toMatchObject({ startLineNumber: 1, startColumn: 1, endColumn: 2 });
  });
});
