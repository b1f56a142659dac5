/** The shape of an English message file, for its Spanish twin: the same keys, any strings. */
export type Shape<T> = { [K in keyof T]: T[K] extends string ? string : Shape<T[K]> };
