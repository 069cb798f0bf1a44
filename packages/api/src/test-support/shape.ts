/**
 * A deep, comparable view of an object type for type tests. expect-type cannot compare a zod
 * `looseObject` (`{ a: string; [k: string]: unknown }`) with openapi-typescript's
 * `{ a: string } & { [key: string]: unknown }` directly, so the string index signature becomes an
 * ordinary `__index__` member: known fields, their optionality, and what extra keys may hold are
 * all still compared.
 */
export type Shape<T> = T extends readonly (infer U)[]
  ? Shape<U>[]
  : T extends object
    ? { [K in keyof T as number extends K ? never : string extends K ? '__index__' : K]: Shape<T[K]> }
    : T;
