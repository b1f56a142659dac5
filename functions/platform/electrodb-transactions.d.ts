/**
 * ElectroDB builds a transaction item with `.commit()` on any write chain and has `Entity.check()`,
 * but its types offer them only inside `service.transaction.write`. Our transactions are built by
 * `#platform/transact` from steps of any entity (no service listing every entity, so domains load
 * lazily), so the types are declared here for plain entities.
 */
import type { AllTableIndexCompositeAttributes, ResponseItem, Schema, SingleRecordOperationOptionsTransaction } from 'electrodb';
import type { TxOp } from './transact.ts';

declare module 'electrodb' {
  interface PutRecordOperationOptions<A extends string, F extends string, C extends string, S extends Schema<A, F, C>, ResponseType> {
    commit(): TxOp;
  }
  interface DeleteRecordOperationOptions<A extends string, F extends string, C extends string, S extends Schema<A, F, C>, ResponseType> {
    commit(): TxOp;
  }
  interface SetRecordActionOptions<
    A extends string,
    F extends string,
    C extends string,
    S extends Schema<A, F, C>,
    SetAttr,
    IndexCompositeAttributes,
    TableItem,
  > {
    commit(): TxOp;
  }
  interface Entity<A extends string, F extends string, C extends string, S extends Schema<A, F, C>> {
    check(
      key: AllTableIndexCompositeAttributes<A, F, C, S>,
    ): SingleRecordOperationOptionsTransaction<A, F, C, S, ResponseItem<A, F, C, S>, TxOp>;
  }
}
