import { describe, expect, it } from 'vitest';
import { camelCase, commentText, constantCase, jsString, kebabCase, markdownText, mermaidText, NameScope, pascalCase, snakeCase, words, yamlCommentText, identifierScope, slugScope } from './sanitize.ts';

const HOSTILE = ["it's \"x\"", '`a` ${b}', '*/ evil /*', 'line\nbreak\u2028sep', '🚀', '订单', '__proto__', '', '  '];

describe('words and cases', () => {
  it('splits on anything but ASCII letters and digits, and at case changes', () => {
    expect(words('reserveInventory')).toEqual(['reserve', 'Inventory']);
    expect(words('HTTPServer v2Api')).toEqual(['HTTP', 'Server', 'v', '2', 'Api']);
    expect(words('Zürich café')).toEqual(['Zurich', 'cafe']);
    expect(words('🚀 *//* ${x}')).toEqual(['x']);
  });

  it('makes identifiers that never start with a digit and fall back when nothing is left', () => {
    expect(camelCase('order created')).toBe('orderCreated');
    expect(pascalCase('order created')).toBe('OrderCreated');
    expect(camelCase('3d printing')).toBe('n3dPrinting');
    expect(pascalCase('3d printing')).toBe('N3dPrinting');
    expect(camelCase('🚀', 'peer')).toBe('peer');
    expect(pascalCase('', '')).toBe('Unnamed');
    for (const name of HOSTILE) {
      expect(camelCase(name)).toMatch(/^[a-z][A-Za-z0-9]*$/);
      expect(pascalCase(name)).toMatch(/^[A-Z][A-Za-z0-9]*$/);
    }
  });

  it('makes slugs, database names and environment names of safe characters only', () => {
    expect(kebabCase('Order Service')).toBe('order-service');
    expect(kebabCase('ORDER_SERVICE')).toBe('order-service');
    expect(kebabCase('../../etc/passwd')).toBe('etc-passwd');
    expect(kebabCase('🚀', 'fallback id')).toBe('fallback-id');
    expect(kebabCase('a'.repeat(200))).toHaveLength(48);
    expect(snakeCase('orders db')).toBe('orders_db');
    expect(snakeCase('1st')).toBe('db_1st');
    expect(constantCase('inventory-service')).toBe('INVENTORY_SERVICE');
    expect(constantCase('9 lives')).toBe('N_9_LIVES');
    for (const name of HOSTILE) expect(kebabCase(name)).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });
});

describe('text in code, comments and documents', () => {
  it('makes a string literal that evaluates back to the text', () => {
    for (const text of [...HOSTILE, '\u0000\ud800 lone surrogate', '\\']) {
      const literal = jsString(text);
      expect(new Function(`return ${literal};`)()).toBe(text);
    }
  });

  it('keeps comments on one line and defuses pragmas', () => {
    expect(commentText('a\nb\r\nc\u2028d\u2029e')).toBe('a b c d e');
    expect(commentText('// @ts-nocheck')).toBe('// (at)ts-nocheck');
    // A `//` comment holding `*/` is harmless; the result compiles as a line comment.
    expect(() => new Function(`// ${commentText('*/ throw 1; /* \n throw 2;')}\nreturn 3;`)()).not.toThrow();
    expect(yamlCommentText('a\u0085b\u0000c')).toBe('a bc');
  });

  it('escapes Markdown and Mermaid', () => {
    expect(markdownText('a | b `c` <img> *d*')).toBe('a \\| b \\`c\\` &lt;img&gt; \\*d\\*');
    expect(mermaidText('say "hi"; x["')).toBe('say #34;hi#34;#59; x#91;#34;');
  });
});

describe('NameScope', () => {
  it('numbers duplicates, case-insensitively, and remembers keys', () => {
    const scope = new NameScope();
    expect(scope.claim('order')).toBe('order');
    expect(scope.claim('Order')).toBe('Order2');
    expect(scope.claim('order', 'k')).toBe('order3');
    expect(scope.claim('anything', 'k')).toBe('order3');
  });

  it('never hands out reserved words, Windows device names or a family member already taken', () => {
    const ids = identifierScope(['DomainEvent']);
    expect(ids.claim('class')).toBe('class2');
    expect(ids.claim('then')).toBe('then2');
    expect(ids.claimFamily('Domain', (b) => [`${b}Event`, `on${b}`])).toEqual(['Domain2Event', 'onDomain2']);
    const files = slugScope(['saga-runner']);
    expect(files.claim('saga-runner')).toBe('saga-runner-2');
    expect(files.claim('con')).toBe('con-2');
  });
});
