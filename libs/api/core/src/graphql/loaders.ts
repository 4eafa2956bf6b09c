import DataLoader from 'dataloader';
import type { Actor } from '../auth/actor';

/** A named batch function; each request gets its own DataLoader built from it. */
export interface LoaderDef<K, V> {
  readonly name: string;
  batch(actor: Actor | null, keys: readonly K[]): Promise<readonly (V | Error)[]>;
}
export const defineLoader = <K, V>(name: string, batch: LoaderDef<K, V>['batch']): LoaderDef<K, V> => ({ name, batch });

/** Per-request loader cache (lives in the GraphQL context, not in REQUEST-scoped providers). */
export class Loaders {
  private readonly cache = new Map<LoaderDef<unknown, unknown>, DataLoader<unknown, unknown>>();
  constructor(private readonly actor: Actor | null) {}
  get<K, V>(def: LoaderDef<K, V>): DataLoader<K, V> {
    let loader = this.cache.get(def as LoaderDef<unknown, unknown>) as DataLoader<K, V> | undefined;
    if (!loader) {
      loader = new DataLoader<K, V>((keys) => def.batch(this.actor, keys), { maxBatchSize: 500 });
      this.cache.set(def as LoaderDef<unknown, unknown>, loader as DataLoader<unknown, unknown>);
    }
    return loader;
  }
}

/** Orders rows to match keys (DataLoader contract), null where missing. */
export const byKeys = <K, V>(keys: readonly K[], rows: readonly V[], keyOf: (row: V) => K): (V | null)[] => {
  const map = new Map<K, V>();
  for (const row of rows) map.set(keyOf(row), row);
  return keys.map((k) => map.get(k) ?? null);
};
