import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { connectTable } from '#platform/store';
import { foldSteps, step, transact, type Step } from '#platform/transact';

/** A client whose transaction is cancelled with the given reason codes, one per item sent. */
function cancelling(codes: (items: unknown[]) => string[]) {
  const sent: unknown[][] = [];
  const client = {
    send: async (command: { input: { TransactItems: unknown[] } }) => {
      sent.push(command.input.TransactItems);
      const reasons = codes(command.input.TransactItems).map((Code) => ({ Code }));
      throw Object.assign(new Error('cancelled'), { name: 'TransactionCanceledException', CancellationReasons: reasons });
    },
  } as unknown as DynamoDBDocumentClient;
  connectTable(client, 'unit');
  return sent;
}

const put = (pk: string) => ({ Put: { TableName: 't', Item: { pk, sk: 'x' } } });
const check = (pk: string) => ({ ConditionCheck: { TableName: 't', Key: { pk, sk: 'x' }, ConditionExpression: 'attribute_exists(pk)' } });
const error = (name: string) => new GraphQLError(name, { extensions: { code: 'BAD_USER_INPUT' } });

/** Fails the item whose key is `pk`, wherever it sits in the request. */
const failing = (pk: string) => (items: unknown[]) =>
  items.map((i) => (JSON.stringify(i).includes(`"${pk}"`) ? 'ConditionalCheckFailed' : 'None'));

describe('transact', () => {
  const steps: Step[] = [
    step(put('record'), error('record exists')),
    step(check('party'), error('unknown party')),
    step(check('program'), error('unknown program')),
  ];

  it('names the failed step by the error it carries, whatever the order of the steps', async () => {
    for (const order of [steps, [...steps].reverse(), [steps[1]!, steps[2]!, steps[0]!]]) {
      cancelling(failing('program'));
      await expect(transact(order)).rejects.toThrow('unknown program');
      cancelling(failing('party'));
      await expect(transact(order)).rejects.toThrow('unknown party');
    }
  });

  it('works the error out by reading when the step says how', async () => {
    cancelling(failing('record'));
    await expect(transact([step(check('party')), step(put('record'), async () => error('read and explained'))])).rejects.toThrow(
      'read and explained',
    );
  });

  it('a cancellation without a failed condition is a CONFLICT to retry', async () => {
    cancelling((items) => items.map(() => 'TransactionConflict'));
    await expect(transact(steps)).rejects.toMatchObject({ extensions: { code: 'CONFLICT' } });
  });

  it('a failed condition on a step that names no error is a CONFLICT too', async () => {
    cancelling(failing('record'));
    await expect(transact([step(put('record'))])).rejects.toMatchObject({ extensions: { code: 'CONFLICT' } });
  });

  it('refuses more items than DynamoDB takes in one transaction, sending nothing', async () => {
    const sent = cancelling(() => []);
    const many = Array.from({ length: 101 }, (_, i) => step(put(`r${i}`)));
    await expect(transact(many)).rejects.toMatchObject({ extensions: { code: 'BAD_USER_INPUT' } });
    expect(sent).toHaveLength(0);
  });
});

describe('foldSteps', () => {
  it('keeps one of two identical checks (an organization both donor and implementer)', () => {
    expect(foldSteps([step(check('org')), step(put('program')), step(check('org'))]).map((s) => s.op)).toEqual([
      check('org'),
      put('program'),
    ]);
  });

  it('drops a check on an item the transaction writes anyway', () => {
    expect(foldSteps([step(check('org')), step(put('org'))]).map((s) => s.op)).toEqual([put('org')]);
    expect(foldSteps([step(put('org')), step(check('org'))]).map((s) => s.op)).toEqual([put('org')]);
  });

  it('refuses two writes of one item: the caller must fold its changes first', () => {
    expect(() => foldSteps([step(put('org')), step(put('org'))])).toThrow(/writes one item twice/);
  });
});
