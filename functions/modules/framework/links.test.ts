import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { beforeAll, describe, expect, it } from 'vitest';
import { connectTable } from '#platform/store';
import type { Step } from '#platform/transact';
import { Objective } from '#modules/framework/entity';
import { Program } from '#modules/program/entity';
import { objectiveLinkSteps, type ProgramLinks } from '#modules/framework/links';

// Offline: which items the link steps touch, read from the operations ElectroDB builds.
beforeAll(() =>
  connectTable(
    {
      send: async () => {
        throw new Error('offline');
      },
    } as unknown as DynamoDBDocumentClient,
    'unit',
  ),
);

type Op = {
  Key: Record<string, string>;
  UpdateExpression?: string;
  ExpressionAttributeValues?: Record<string, unknown>;
  ConditionExpression?: string;
};
const objectiveKey = (programId: string, code: string) =>
  (Objective.get({ programId, code }).params() as { Key: Record<string, string> }).Key;
const programKey = (id: string) => (Program.get({ id }).params() as { Key: Record<string, string> }).Key;

/** Each step as: what it does, to which item, and the field its failure points at. */
function describeSteps(steps: Step[]) {
  return steps.map(({ op, onFail }) => {
    const [kind, params] = Object.entries(op)[0] as [string, Op];
    let action: string = kind;
    if (kind === 'Update') {
      action = /ADD #agreementCount/.test(params.UpdateExpression!)
        ? 'link'
        : /#agreementCount = \(if_not_exists\(#agreementCount, :\w+\) - :\w+\)/.test(params.UpdateExpression!)
          ? 'unlink'
          : 'other';
      expect(params.ConditionExpression).toMatch(/attribute_exists/); // never creates an objective
    }
    const fields = (onFail as { extensions?: { fields?: { path: string; key: string }[] } } | undefined)?.extensions?.fields;
    return { action, key: params.Key, fails: fields?.map((f) => `${f.path} ${f.key}`) ?? null };
  });
}

const links = (programId: string | null, ...objectiveCodes: string[]): ProgramLinks => ({ programId, objectiveCodes });

describe('objectiveLinkSteps', () => {
  it("a new record checks its program and links each objective, failing on the code's own path", () => {
    expect(describeSteps(objectiveLinkSteps(null, links('p', '1', '2.1')))).toEqual([
      { action: 'ConditionCheck', key: programKey('p'), fails: ['input.programId validation.unknown_program'] },
      { action: 'link', key: objectiveKey('p', '1'), fails: ['input.objectiveCodes.0 validation.unknown_objective'] },
      { action: 'link', key: objectiveKey('p', '2.1'), fails: ['input.objectiveCodes.1 validation.unknown_objective'] },
    ]);
  });

  it('a deleted record unlinks each of its objectives', () => {
    expect(describeSteps(objectiveLinkSteps(links('p', '1', '2'), null))).toEqual([
      { action: 'unlink', key: objectiveKey('p', '1'), fails: null },
      { action: 'unlink', key: objectiveKey('p', '2'), fails: null },
    ]);
  });

  it('kept codes are not touched; added ones are linked, removed ones unlinked; the program is not re-checked', () => {
    expect(describeSteps(objectiveLinkSteps(links('p', '1', '2', '3'), links('p', '3', '4', '1')))).toEqual([
      { action: 'link', key: objectiveKey('p', '4'), fails: ['input.objectiveCodes.1 validation.unknown_objective'] },
      { action: 'unlink', key: objectiveKey('p', '2'), fails: null },
    ]);
  });

  it('an unchanged record writes nothing', () => {
    expect(objectiveLinkSteps(links('p', '1', '2'), links('p', '2', '1'))).toEqual([]);
    expect(objectiveLinkSteps(links('p'), links('p'))).toEqual([]);
  });

  it('a move to another program checks the new program, links there and unlinks in the old one, same codes or not', () => {
    expect(describeSteps(objectiveLinkSteps(links('p', '1', '2'), links('q', '1')))).toEqual([
      { action: 'ConditionCheck', key: programKey('q'), fails: ['input.programId validation.unknown_program'] },
      { action: 'link', key: objectiveKey('q', '1'), fails: ['input.objectiveCodes.0 validation.unknown_objective'] },
      { action: 'unlink', key: objectiveKey('p', '1'), fails: null },
      { action: 'unlink', key: objectiveKey('p', '2'), fails: null },
    ]);
  });

  it('leaving the program unlinks everything; codes without a program link nothing', () => {
    expect(describeSteps(objectiveLinkSteps(links('p', '1'), links(null, '1')))).toEqual([
      { action: 'unlink', key: objectiveKey('p', '1'), fails: null },
    ]);
    expect(objectiveLinkSteps(null, links(null, '1', '2'))).toEqual([]);
  });

  it('joining a program checks it even with no objective linked', () => {
    expect(describeSteps(objectiveLinkSteps(links(null), links('p')))).toEqual([
      { action: 'ConditionCheck', key: programKey('p'), fails: ['input.programId validation.unknown_program'] },
    ]);
  });

  it('errors point under the path the caller names', () => {
    const [check, link] = describeSteps(objectiveLinkSteps(null, links('p', '1'), 'input.agreement'));
    expect(check!.fails).toEqual(['input.agreement.programId validation.unknown_program']);
    expect(link!.fails).toEqual(['input.agreement.objectiveCodes.0 validation.unknown_objective']);
  });

  it('moves the count by exactly one', () => {
    const [, link] = objectiveLinkSteps(null, links('p', '1'));
    const [unlink] = objectiveLinkSteps(links('p', '1'), null);
    for (const s of [link!, unlink!]) {
      const values = (s.op.Update as Op).ExpressionAttributeValues!;
      expect(
        Object.entries(values)
          .filter(([k]) => k.startsWith(':agreementCount_u'))
          .map(([, v]) => v),
      ).toEqual([1]);
    }
  });
});
