/** The shape every catalogue has: vi.ts's keys, each a string. */
import type { vi } from './vi';

type Strings<T> = { [K in keyof T]: T[K] extends string ? string : Strings<T[K]> };

export type Catalogue = Strings<typeof vi>;
