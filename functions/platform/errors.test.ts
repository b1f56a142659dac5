import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createBudgetLineInput, reportPeriodInput } from '@ruta/schema/zod/framework';
import { createPartnerAgreementInput } from '@ruta/schema/zod/partnerAgreement';
import { badInput, conflict, formatError, forbidden, notFound, parseInput, staleVersion, unauthenticated } from '#platform/errors';
import { logger } from '#platform/logger';

// Offline: what a client sees of an error, and how input failures are named.

/** What Apollo hands formatError for an error thrown in a resolver (development: with a stack trace). */
function formatted(error: GraphQLError | Error, path: (string | number)[] = ['createThing']): [GraphQLFormattedError, unknown] {
  const located = new GraphQLError(error.message, { path, originalError: error });
  const shape = located.toJSON() as GraphQLFormattedError;
  const code = (error as GraphQLError).extensions?.code ?? 'INTERNAL_SERVER_ERROR';
  return [
    {
      ...shape,
      locations: [{ line: 1, column: 3 }],
      extensions: { ...shape.extensions, code, stacktrace: ['Error: …', '    at service.ts:12'] },
    },
    located,
  ];
}

const silenced = () => vi.spyOn(logger, 'error').mockImplementation(() => undefined);
afterEach(() => vi.restoreAllMocks());

describe('formatError', () => {
  it.each([
    ['BAD_USER_INPUT', badInput([{ path: 'input.title', key: 'validation.required', message: 'Required' }])],
    ['UNAUTHENTICATED', unauthenticated()],
    ['FORBIDDEN', forbidden()],
    ['NOT_FOUND', notFound('Program', 'p-1')],
    ['CONFLICT', staleVersion(3)],
    ['CONFLICT', conflict('id taken', { reason: 'ID_REUSED' })],
  ])('passes a typed %s error through with its extensions, without the stack trace', (code, error) => {
    const log = silenced();
    const [shape, original] = formatted(error);
    const out = formatError(shape, original);
    expect(out.message).toBe(error.message);
    expect(out.path).toEqual(['createThing']);
    expect(out.extensions).toEqual({ ...error.extensions, code });
    expect(out.extensions).not.toHaveProperty('stacktrace');
    expect(log).not.toHaveBeenCalled();
  });

  it.each(['GRAPHQL_PARSE_FAILED', 'GRAPHQL_VALIDATION_FAILED', 'BAD_REQUEST', 'PERSISTED_QUERY_NOT_FOUND'])(
    "passes Apollo's request error %s through",
    (code) => {
      const out = formatError({ message: 'Syntax Error: Expected Name', extensions: { code, stacktrace: ['x'] } }, new GraphQLError('x'));
      expect(out).toEqual({ message: 'Syntax Error: Expected Name', extensions: { code } });
    },
  );

  it('turns any other error into a bare INTERNAL_SERVER_ERROR and logs the original', () => {
    const log = silenced();
    const boom = new Error('ConditionalCheckFailed on table ruta-prod pk=ORG#123');
    const [shape, original] = formatted(boom, ['organizations', 0, 'name']);
    expect(formatError(shape, original)).toEqual({
      message: 'Internal server error',
      path: ['organizations', 0, 'name'],
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    });
    expect(log).toHaveBeenCalledTimes(1);
    expect(log.mock.calls[0]![1]).toMatchObject({ error: boom, path: 'organizations.0.name' });
  });

  it.each([
    ['an unknown code', { code: 'DOWNSTREAM_SERVICE_ERROR', table: 'ruta-prod' }],
    ['no code at all', undefined],
    ['a code that is not a string', { code: 404 }],
  ])('masks an error with %s, keeping nothing of its message or extensions', (_, extensions) => {
    silenced();
    const out = formatError({ message: 'secret: arn:aws:dynamodb:…', ...(extensions ? { extensions } : {}) }, new Error('secret'));
    expect(out).toEqual({ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } });
  });
});

describe('parseInput', () => {
  const problemsOf = (fn: () => unknown) => {
    try {
      fn();
    } catch (e) {
      expect(e).toBeInstanceOf(GraphQLError);
      const { code, fields } = (e as GraphQLError).extensions as { code: string; fields: { path: string; key: string; message: string }[] };
      expect(code).toBe('BAD_USER_INPUT');
      return fields;
    }
    throw new Error('expected parseInput to throw');
  };

  it('returns the parsed (normalised) value when the input is valid', () => {
    expect(parseInput(createBudgetLineInput, { programId: 'p-1', label: '  Talleres  ', planned: 1000 })).toEqual({
      programId: 'p-1',
      label: 'Talleres',
      planned: 1000,
    });
  });

  it('names every failing field by its path under input, with a message key and English text', () => {
    const fields = problemsOf(() => parseInput(createBudgetLineInput, { programId: 'p-1', label: '', planned: -1 }));
    expect(fields).toEqual(
      expect.arrayContaining([
        { path: 'input.label', key: 'validation.required', message: 'Required' },
        { path: 'input.planned', key: 'validation.not_negative', message: 'Must not be negative' },
      ]),
    );
    expect(fields).toHaveLength(2);
  });

  it('names list items by index and a missing field as required', () => {
    const fields = problemsOf(() =>
      parseInput(createPartnerAgreementInput, {
        kind: 'MOU',
        title: 'x',
        partyIds: ['org-a', 'org-b'],
        startDate: '2007-01-01',
        status: 'ACTIVE',
        objectiveCodes: ['1', 'x.y'],
      }),
    );
    expect(fields).toEqual([expect.objectContaining({ path: 'input.objectiveCodes.1', key: 'validation.objective_code' })]);
    expect(problemsOf(() => parseInput(createBudgetLineInput, { label: 'x', planned: 1 }))).toEqual([
      expect.objectContaining({ path: 'input.programId', key: 'validation.required' }),
    ]);
  });

  it('reports a cross-field problem together with the others, in one answer (issue 9.6)', () => {
    const fields = problemsOf(() =>
      parseInput(createPartnerAgreementInput, {
        kind: 'MOU',
        title: '',
        partyIds: ['org-a', 'org-b'],
        startDate: '2024-05-10',
        endDate: '2024-05-01',
        status: 'DRAFT',
      }),
    );
    expect(fields.map((f) => `${f.path}:${f.key}`).sort()).toEqual([
      'input.endDate:validation.end_before_start',
      'input.title:validation.required',
    ]);
    expect(
      problemsOf(() => parseInput(reportPeriodInput, { programId: 'Not An Id', from: '2009-01-01', to: '2008-01-01' }, [])).map(
        (f) => f.key,
      ),
    ).toEqual(['validation.invalid_id', 'validation.to_before_from']);
  });

  it('takes the path prefix of the operation: arguments at the top level have none', () => {
    expect(problemsOf(() => parseInput(reportPeriodInput, { programId: 'p', from: '2009-01-01', to: '2008-01-01' }, []))).toEqual([
      { path: 'to', key: 'validation.to_before_from', message: 'The end of the period must be on or after its start' },
    ]);
    expect(problemsOf(() => parseInput(reportPeriodInput, { programId: 'p', from: '2009-01-01', to: 'x' }, ['args']))[0]!.path).toBe(
      'args.to',
    );
  });

  it('summarises the problems in the message', () => {
    try {
      parseInput(createBudgetLineInput, { programId: 'p-1', label: 'x', planned: -1 });
      expect.unreachable();
    } catch (e) {
      expect((e as Error).message).toBe('input.planned: Must not be negative');
    }
  });
});
