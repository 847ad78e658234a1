/** Test fixture: a valid model whose names and ids try every trick that breaks a diagram language. */
import type { Model } from '../../model/types.ts';

/** Names that close quotes and brackets, start comments, inject markup, span lines or are not ASCII. */
export const HOSTILE_NAMES = [
  'Say "hi" to \'them\'',
  'brackets ] ) } > [ ( { <',
  'line one\nline two\r\nline three',
  'end',
  '%% not a comment',
  '# hash // slashes /* and */',
  '<script>alert(1)</script> & <b>bold</b>',
  '`backticks` and | pipes |',
  '${HOME} $var %date% !include <C4/C4>',
  '**bold** //italic// --strike-- __under__ ~~wave~~ [[link]]',
  'Zahlung ä 支付 💳 שלום',
  'back\\slash\\',
  '   ',
  '{',
  "' quote at start",
] as const;

/** One node per hostile name (kinds rotate), ids as awkward as the schema allows, links between neighbours. */
export function hostileModel(): Model {
  const kinds = ['service', 'database', 'broker', 'gateway', 'client', 'external'] as const;
  const ids = ['end', 'End', 'a.b', 'a b', 'ä-ö', '1st', 'class', 'subgraph', '--x', 'x--', 'style', 'this', 'n_end', 'workspace', 'q"q'];
  return {
    format: 'faultline',
    version: 1,
    name: 'Hostile "names" <and> `things`\nover two lines',
    description: 'A model for escaping tests: `${X}` "quotes" | pipes\nand a newline.',
    groups: [
      { id: 'ctx end', name: 'Context "end" ]' },
      { id: 'ctx-2', name: '' },
    ],
    nodes: HOSTILE_NAMES.map((name, i) => {
      const kind = kinds[i % kinds.length] ?? 'service';
      const id = ids[i] ?? `n${i}`;
      const group = i < 3 ? { group: 'ctx end' } : i === 3 ? { group: 'ctx-2' } : {};
      const description = i === 0 ? { description: 'Takes "orders"\n and <pays>' } : {};
      return { kind, id, name, ...group, ...description };
    }),
    links: HOSTILE_NAMES.slice(1).flatMap((_, i): Model['links'] => {
      const from = ids[i] ?? '';
      const to = ids[i + 1] ?? '';
      const fromKind = kinds[i % kinds.length];
      const toKind = kinds[(i + 1) % kinds.length];
      if (toKind === 'database' && fromKind !== 'database') return [{ kind: 'data', id: `l${i}`, from, to, access: 'read' }];
      if (toKind === 'broker' || fromKind === 'broker') return [{ kind: 'async', id: `l${i}`, from, to, event: HOSTILE_NAMES[i] ?? '' }];
      if (toKind === 'database') return [];
      return [{ kind: 'sync', id: `l${i}`, from, to, protocol: 'http', operation: HOSTILE_NAMES[(i + 5) % HOSTILE_NAMES.length] ?? '' }];
    }),
    sagas: [],
  };
}
