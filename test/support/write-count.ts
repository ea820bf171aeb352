import { createDocumentClient } from '@shequ/ddb';

/** Writes a client sent, by kind: what a batch costs DynamoDB, counted where it matters (transactions, items). */
export interface WriteCount {
  transactions: number;
  transactionItems: number;
  singleWrites: number;
}

/** A document client on the run's DynamoDB Local that counts the writes sent through it. */
export function countingClient() {
  const client = createDocumentClient({ endpoint: process.env.DYNAMODB_ENDPOINT });
  const count: WriteCount = { transactions: 0, transactionItems: 0, singleWrites: 0 };
  client.middlewareStack.add(
    (next, context) => async (args) => {
      const input = args.input as { TransactItems?: unknown[] };
      if (context.commandName === 'TransactWriteItemsCommand') {
        count.transactions += 1;
        count.transactionItems += input.TransactItems?.length ?? 0;
      } else if (['PutItemCommand', 'UpdateItemCommand', 'DeleteItemCommand'].includes(String(context.commandName))) {
        count.singleWrites += 1;
      }
      return next(args);
    },
    { step: 'initialize', name: 'countWrites' },
  );
  const reset = () => Object.assign(count, { transactions: 0, transactionItems: 0, singleWrites: 0 });
  return { client, count, reset };
}
