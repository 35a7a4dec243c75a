import type { zhCN } from "./zh-CN";

type Stringify<T> = { [K in keyof T]: T[K] extends string ? string : Stringify<T[K]> };

/** The shape every language's resources must have: the keys of the Chinese reference. */
export type Translation = Stringify<typeof zhCN>;
