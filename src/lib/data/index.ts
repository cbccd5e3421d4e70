/** Public API of the storage layer: open a store, then call `store.actions` and `store.queries`. */
export { openStore } from './store/store';
export type { OpenOptions, Store } from './store/store';
export type { OrderQuery, OrderPage } from './list/order-query';
export type { Cursor, OrderSort } from './list/query-plan';
export type { ListRow } from './list/list-row';
export type { OrderRow, ProductRow, CustomerRow, OrderView } from './index/db';
export type { IndexChange } from './index/indexer';
export type { OrderDetail } from './store/store-reads';
export type { Created } from './actions/orders';
export type { Persistence } from './crdt/persistence';
export type { RecordKind, UnreadableRecord } from './crdt/records-read';
export { NotSavedError } from './crdt/persistence';
export { importBatchSize } from './actions/product-import';
export type { BatchOutcome } from './actions/product-import';
export type { CashCount } from './actions/drawer';
export { orderCreator, ordersCreatedBy, watchArrivingOrders } from './crdt/order-origin';
export type { ArrivalWatch } from './crdt/order-origin';
