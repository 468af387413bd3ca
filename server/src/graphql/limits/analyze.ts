import {
  getNamedType,
  getNullableType,
  isCompositeType,
  isInterfaceType,
  isListType,
  isObjectType,
  Kind,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type ValidationContext,
} from 'graphql';

/** What one operation would cost to run, estimated from the document alone (variables unknown). */
export interface OperationMetrics {
  /** Deepest chain of nested fields; a root field is depth 1. */
  depth: number;
  /** Object fields, each list multiplying what is below it (see `listSize`). Scalars are free. */
  cost: number;
  /** Aliased fields, fragments counted once per spread. */
  aliases: number;
}

/** Assumed size of a list without a literal `first`/`limit` argument. */
export const DEFAULT_LIST_SIZE = 10;
const MAX_LIST_SIZE = 1000;

const ZERO: OperationMetrics = { depth: 0, cost: 0, aliases: 0 };

function add(a: OperationMetrics, b: OperationMetrics): OperationMetrics {
  return { depth: Math.max(a.depth, b.depth), cost: a.cost + b.cost, aliases: a.aliases + b.aliases };
}

function listSize(node: FieldNode): number {
  for (const arg of node.arguments ?? []) {
    if ((arg.name.value === 'first' || arg.name.value === 'limit') && arg.value.kind === Kind.INT) {
      return Math.min(Math.max(Number(arg.value.value), 1), MAX_LIST_SIZE);
    }
  }
  return DEFAULT_LIST_SIZE;
}

function fieldOf(parent: GraphQLNamedType | null, name: string): GraphQLField<unknown, unknown> | null {
  if (parent && (isObjectType(parent) || isInterfaceType(parent))) return parent.getFields()[name] ?? null;
  return null;
}

/**
 * Walks an operation once, expanding fragments. Each fragment is measured once and reused (a
 * fragment spread many times must not make this walk itself expensive); cycles count as nothing
 * (NoFragmentCyclesRule reports them).
 */
class Analyzer {
  private readonly fragmentMetrics = new Map<string, OperationMetrics>();
  private readonly inProgress = new Set<string>();

  constructor(
    private readonly schema: GraphQLSchema,
    private readonly fragments: ReadonlyMap<string, FragmentDefinitionNode>,
  ) {}

  selectionSet(set: SelectionSetNode, parent: GraphQLNamedType | null): OperationMetrics {
    let total = ZERO;
    for (const selection of set.selections) {
      if (selection.kind === Kind.FIELD) total = add(total, this.field(selection, parent));
      else if (selection.kind === Kind.INLINE_FRAGMENT) {
        const type = selection.typeCondition ? (this.schema.getType(selection.typeCondition.name.value) ?? null) : parent;
        total = add(total, this.selectionSet(selection.selectionSet, type));
      } else total = add(total, this.fragment(selection.name.value));
    }
    return total;
  }

  private fragment(name: string): OperationMetrics {
    const known = this.fragmentMetrics.get(name);
    if (known) return known;
    const definition = this.fragments.get(name);
    if (!definition || this.inProgress.has(name)) return ZERO;
    this.inProgress.add(name);
    const metrics = this.selectionSet(definition.selectionSet, this.schema.getType(definition.typeCondition.name.value) ?? null);
    this.inProgress.delete(name);
    this.fragmentMetrics.set(name, metrics);
    return metrics;
  }

  private field(node: FieldNode, parent: GraphQLNamedType | null): OperationMetrics {
    const name = node.name.value;
    const aliases = node.alias ? 1 : 0;
    // Introspection is refused in production (NoIntrospection) and needs deep selections in GraphiQL.
    if (name === '__schema' || name === '__type') return { depth: 1, cost: 0, aliases };
    const definition = fieldOf(parent, name);
    const type = definition ? getNamedType(definition.type) : null;
    const children = node.selectionSet ? this.selectionSet(node.selectionSet, type) : ZERO;
    const composite = type ? isCompositeType(type) : Boolean(node.selectionSet);
    const isList = definition ? isListType(getNullableType(definition.type)) : false;
    const own = (composite ? 1 : 0) + children.cost;
    return { depth: 1 + children.depth, cost: isList ? own * listSize(node) : own, aliases: aliases + children.aliases };
  }
}

const cache = new WeakMap<OperationDefinitionNode, OperationMetrics>();

export function analyzeOperation(context: ValidationContext, operation: OperationDefinitionNode): OperationMetrics {
  const cached = cache.get(operation);
  if (cached) return cached;
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of context.getDocument().definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  }
  const schema = context.getSchema();
  const root =
    operation.operation === 'query' ? schema.getQueryType()
    : operation.operation === 'mutation' ? schema.getMutationType()
    : schema.getSubscriptionType();
  const metrics = new Analyzer(schema, fragments).selectionSet(operation.selectionSet, root ?? null);
  cache.set(operation, metrics);
  return metrics;
}
