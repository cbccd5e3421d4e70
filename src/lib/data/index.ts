/** Public API of the storage layer: open a store, then call `store.actions` and `store.queries`. */
export { openStore } from './store';
export type { OpenOptions, Store } from './store';
export type { OrderQuery, OrderPage, Cursor, OrderSort } from './queries';
export type { ListRow } from './list-cache';
export type { OrderRow, ProductRow, CustomerRow, OrderView } from './index-db';
export type { IndexChange } from './indexer';
export type { OrderDetail } from './store-reads';
export type { Created } from './actions-orders';
export type { Persistence } from './persistence';
