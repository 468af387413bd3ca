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

/** Assumed size of a list without a literal `first`/`limit` argument. */
export const DEFAULT_LIST_SIZE = 10;
const MAX_LIST_SIZE = 1000;

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
 * Estimates what an operation would cost from the document and the schema (variables unknown): each
 * object field costs 1, each list multiplies what is below it (see `listSize`), scalars are free.
 * Each fragment is measured once and reused (a fragment spread many times must not make this walk
 * itself expensive); cycles count as nothing (NoFragmentCyclesRule reports them).
 */
class CostEstimator {
  private readonly fragmentCosts = new Map<string, number>();
  private readonly inProgress = new Set<string>();

  constructor(
    private readonly schema: GraphQLSchema,
    private readonly fragments: ReadonlyMap<string, FragmentDefinitionNode>,
  ) {}

  selectionSet(set: SelectionSetNode, parent: GraphQLNamedType | null): number {
    let total = 0;
    for (const selection of set.selections) {
      if (selection.kind === Kind.FIELD) total += this.field(selection, parent);
      else if (selection.kind === Kind.INLINE_FRAGMENT) {
        const type = selection.typeCondition ? (this.schema.getType(selection.typeCondition.name.value) ?? null) : parent;
        total += this.selectionSet(selection.selectionSet, type);
      } else total += this.fragment(selection.name.value);
    }
    return total;
  }

  private fragment(name: string): number {
    const known = this.fragmentCosts.get(name);
    if (known !== undefined) return known;
    const definition = this.fragments.get(name);
    if (!definition || this.inProgress.has(name)) return 0;
    this.inProgress.add(name);
    const cost = this.selectionSet(definition.selectionSet, this.schema.getType(definition.typeCondition.name.value) ?? null);
    this.inProgress.delete(name);
    this.fragmentCosts.set(name, cost);
    return cost;
  }

  private field(node: FieldNode, parent: GraphQLNamedType | null): number {
    const name = node.name.value;
    // Introspection is refused in production (NoIntrospection) and needs deep selections in GraphiQL.
    if (name === '__schema' || name === '__type') return 0;
    const definition = fieldOf(parent, name);
    const type = definition ? getNamedType(definition.type) : null;
    const children = node.selectionSet ? this.selectionSet(node.selectionSet, type) : 0;
    const composite = type ? isCompositeType(type) : Boolean(node.selectionSet);
    const isList = definition ? isListType(getNullableType(definition.type)) : false;
    const own = (composite ? 1 : 0) + children;
    return isList ? own * listSize(node) : own;
  }
}

export function operationCost(context: ValidationContext, operation: OperationDefinitionNode): number {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of context.getDocument().definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  }
  const schema = context.getSchema();
  const root =
    operation.operation === 'query' ? schema.getQueryType()
    : operation.operation === 'mutation' ? schema.getMutationType()
    : schema.getSubscriptionType();
  return new CostEstimator(schema, fragments).selectionSet(operation.selectionSet, root ?? null);
}
