import { buildSchema, parse, specifiedRules, validate } from 'graphql';
import { describe, expect, test } from 'vitest';
import { DEFAULT_QUERY_LIMITS } from './rules.js';
import { limitRules } from './rules.js';

const schema = buildSchema(`
  type Node { id: ID, child: Node, children(first: Int): [Node] }
  type Query { node: Node, nodes(first: Int): [Node] }
`);

function limitErrors(query: string): Array<{ limit: unknown; actual: unknown }> {
  return validate(schema, parse(query), [...specifiedRules, ...limitRules()]).map((e) => ({
    limit: e.extensions.limit,
    actual: e.extensions.actual,
  }));
}

function nested(depth: number): string {
  // node, depth − 2 times child, then the leaf id: `depth` levels of fields.
  return `{ node { ${'child { '.repeat(depth - 2)}id${' }'.repeat(depth - 1)} }`;
}

describe('query limits as validation rules', () => {
  test.each([
    [nested(10), []],
    [nested(11), [{ limit: 'depth', actual: 11 }]],
  ])('depth: %s', (query, expected) => {
    expect(limitErrors(query)).toEqual(expected);
  });

  test('cost: lists multiply what is below them; a literal first sets the list size', () => {
    expect(limitErrors('{ nodes { children { children { id } } } }')).toEqual([]); // 10·(1 + 10·(1 + 10)) = 1110
    expect(limitErrors('{ nodes(first: 100) { children { children { id } } } }')).toEqual([{ limit: 'cost', actual: 11_100 }]);
  });

  test('aliases: at most 15 per operation, fragments counted per spread', () => {
    const aliases = (n: number) => Array.from({ length: n }, (_, i) => `a${i}: id`).join(' ');
    expect(limitErrors(`{ node { ${aliases(15)} } }`)).toEqual([]);
    expect(limitErrors(`{ node { ${aliases(16)} } }`)).toEqual([{ limit: 'aliases', actual: 16 }]);
    expect(limitErrors(`{ node { ...F child { ...F } } } fragment F on Node { ${aliases(8)} }`)).toEqual([{ limit: 'aliases', actual: 16 }]);
  });

  test('fragments spread many times are measured once (no blow-up), cycles do not hang', () => {
    const levels = 30;
    const fragments = Array.from({ length: levels }, (_, i) =>
      i === levels - 1 ? `fragment F${i} on Node { id }` : `fragment F${i} on Node { ...F${i + 1} child { ...F${i + 1} } }`,
    ).join('\n');
    const started = Date.now();
    const errors = limitErrors(`{ node { ...F0 } } ${fragments}`);
    expect(Date.now() - started).toBeLessThan(1000);
    expect(errors.map((e) => e.limit)).toContain('depth');
    expect(() => limitErrors('{ node { ...A } } fragment A on Node { child { ...B } } fragment B on Node { ...A }')).not.toThrow();
  });

  test('introspection is not counted (refused in production by NoIntrospection instead)', () => {
    const ofType = (n: number): string => (n === 0 ? 'name' : `name ofType { ${ofType(n - 1)} }`);
    expect(limitErrors(`{ __schema { types { fields { type { ${ofType(9)} } } } } }`)).toEqual([]);
  });

  test('the defaults are the documented ones', () => {
    expect(DEFAULT_QUERY_LIMITS).toEqual({ maxDepth: 10, maxCost: 5000, maxAliases: 15, maxDirectives: 50, maxTokens: 2000, timeoutMs: 10_000 });
  });
});
