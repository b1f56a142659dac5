import { describe, expect, it } from 'vitest';
import { fieldProblems } from '../problems.ts';
import { createTrainingInput, participantTotals, updateTrainingInput } from './training.ts';

const valid = {
  title: 'Taller de periodistas',
  kind: 'SEMINAR',
  startDate: '2007-08-20',
  endDate: '2007-08-21',
  place: { country: 'EC', provinceCode: '17', cantonCode: '1701' },
  organizerIds: ['org-iom'],
  programId: 'prog-ec',
  objectiveCode: '1.2',
  audience: [{ group: 'Periodistas', women: 30, men: 40 }],
};
const problems = (input: unknown) => {
  const r = createTrainingInput.safeParse(input);
  return r.success ? [] : fieldProblems(r.error).map((p) => [p.path, p.key]);
};

describe('training input', () => {
  it('accepts a training and fills absent counts with 0', () => {
    const r = createTrainingInput.parse(valid);
    expect(r.audience[0]).toMatchObject({ women: 30, men: 40, notRecorded: 0 });
    expect(r.topics).toEqual([]);
  });

  it('reports every problem in one round, naming the field', () => {
    expect(
      problems({
        ...valid,
        endDate: '2007-08-01',
        audience: [
          { group: 'x', organizationId: 'org-a', women: 1 },
          { women: -1 },
          { group: 'y', men: 1.5 },
          { group: 'z', women: 2, men: 2, expectedTotal: 5 },
        ],
      }),
    ).toEqual(
      expect.arrayContaining([
        ['endDate', 'validation.end_before_start'],
        ['audience.0.organizationId', 'validation.organization_or_group'],
        ['audience.1.women', 'validation.not_negative'],
        ['audience.2.men', 'validation.whole_number'],
        ['audience.3.expectedTotal', 'validation.sum_mismatch'],
      ]),
    );
  });

  it('with a roster, lines carry no counts; the roster is limited in size', () => {
    expect(problems({ ...valid, roster: [{ name: 'Ana', sex: 'F' }] })).toEqual([
      ['audience.0.women', 'validation.counts_from_roster'],
      ['audience.0.men', 'validation.counts_from_roster'],
    ]);
    const many = Array.from({ length: 501 }, () => ({ name: 'Ana', sex: 'F' }));
    expect(problems({ ...valid, audience: [], roster: many })).toEqual([['roster', 'validation.roster_max']]);
    const long = Array.from({ length: 500 }, () => ({
      name: 'Á'.repeat(120),
      sex: 'F',
      institution: 'É'.repeat(160),
      position: 'Í'.repeat(120),
    }));
    expect(problems({ ...valid, audience: [], roster: long })).toEqual([['roster', 'validation.roster_too_large']]);
  });

  it('an organization appears in one line only; updates check the same rules', () => {
    const audience = [
      { organizationId: 'org-a', women: 1 },
      { organizationId: 'org-a', men: 1 },
    ];
    expect(problems({ ...valid, audience })).toEqual([['audience.1.organizationId', 'validation.audience_distinct']]);
    expect(updateTrainingInput.safeParse({ id: 't', version: 1, startDate: '2008-01-02', endDate: '2008-01-01' }).success).toBe(false);
  });

  it('totals come from the roster when there is one, else from the lines', () => {
    expect(participantTotals([{ women: 2, men: 3 }, { notRecorded: 4 }])).toEqual({ women: 2, men: 3, notRecorded: 4, total: 9 });
    expect(participantTotals([{ women: 9 }], [{ sex: 'F' }, { sex: 'M' }, { sex: 'X' }])).toEqual({
      women: 1,
      men: 1,
      notRecorded: 1,
      total: 3,
    });
  });
});
