import { describe, expect, it } from 'vitest';
import { agreementContributions } from '#modules/partnerAgreement/contributions';

const agreement = {
  programId: 'p',
  status: 'ACTIVE' as const,
  signedOn: '2007-03-20',
  startDate: '2007-05-01',
  objectiveCodes: ['1', '2.1'],
};

describe('agreementContributions', () => {
  it('counts one signed agreement per linked objective, in the month of signature', () => {
    expect(agreementContributions(agreement)).toEqual([
      { programId: 'p', month: '2007-03', bucket: '1', counter: 'agreementsSigned', amount: 1 },
      { programId: 'p', month: '2007-03', bucket: '2.1', counter: 'agreementsSigned', amount: 1 },
    ]);
  });

  it('uses the start month when the agreement has no signature date', () => {
    expect(agreementContributions({ ...agreement, signedOn: undefined }).map((c) => c.month)).toEqual(['2007-05', '2007-05']);
  });

  it('counts terminated agreements too: they were signed', () => {
    expect(agreementContributions({ ...agreement, status: 'TERMINATED' })).toHaveLength(2);
  });

  it.each([
    ['a draft', { ...agreement, status: 'DRAFT' as const }],
    ['an agreement outside any program', { ...agreement, programId: undefined }],
    ['an agreement linked to no objective', { ...agreement, objectiveCodes: [] }],
    ['no agreement (created or deleted)', null],
    ['undefined', undefined],
  ])('%s contributes nothing', (_, a) => {
    expect(agreementContributions(a)).toEqual([]);
  });
});
