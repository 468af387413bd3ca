import { registerEnumType } from 'type-graphql';

/** 'public_service' → 'PUBLIC_SERVICE', 'depthLevel' → 'DEPTH_LEVEL'; an upper-case word stays as it is. */
type EnumKey<V extends string> = V extends Uppercase<V> ? V : SnakeUpper<V>;
type SnakeUpper<S extends string> = S extends `${infer H}${infer T}`
  ? `${H extends Lowercase<H> ? Uppercase<H> : `_${H}`}${SnakeUpper<T>}`
  : '';

/** The GraphQL enum object of a list of domain words: `{ DEPTH_LEVEL: 'depthLevel', … }`. */
export type EnumOf<V extends string> = { readonly [K in V as EnumKey<K>]: K };

/** A value of such an enum (the domain word), the type of fields and arguments typed by the enum. */
export type EnumValue<E> = E[keyof E];

export function enumKey(value: string): string {
  return value === value.toUpperCase() ? value : value.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toUpperCase();
}

/**
 * Registers a GraphQL enum whose names are the upper-case form of the domain's words (the values the
 * resolvers and services use), so each enum is one line over the list that already defines the words.
 */
export function defineEnum<const V extends string>(
  name: string,
  values: readonly V[],
  description?: string,
): EnumOf<V> {
  const object = Object.fromEntries(values.map((value) => [enumKey(value), value])) as EnumOf<V>;
  registerEnumType(object, { name, description });
  return object;
}
