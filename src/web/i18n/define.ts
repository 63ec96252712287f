/** The shape a translation must have: the same keys as the Danish source, every leaf a string. */
export type Shape<T> = { [K in keyof T]: T[K] extends string ? string : Shape<T[K]> };

/**
 * Declares a catalogue: Danish is the source of truth, English must have exactly the same keys
 * (the type checker refuses a missing or extra one).
 */
export function defineMessages<const T>(da: T, en: Shape<T>): { da: T; en: Shape<T> } {
  return { da, en };
}

type Join<K, P> = K extends string ? (P extends string ? `${K}.${P}` : never) : never;
/** Every dotted path to a string in a catalogue: `auth.signIn.title`. */
export type Paths<T> = T extends string
  ? never
  : { [K in keyof T & string]: T[K] extends string ? K : Join<K, Paths<T[K]>> }[keyof T & string];
