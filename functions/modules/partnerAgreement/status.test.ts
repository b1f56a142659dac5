import { describe, expect, it } from 'vitest';
import { effectiveStatus, isoDay } from '#modules/partnerAgreement/status';

describe('effectiveStatus', () => {
  const today = '2008-06-15';

  it('an ACTIVE agreement whose end date has passed is EXPIRED', () => {
    expect(effectiveStatus({ status: 'ACTIVE', endDate: '2008-06-14' }, today)).toBe('EXPIRED');
    expect(effectiveStatus({ status: 'ACTIVE', endDate: '2007-12-31' }, today)).toBe('EXPIRED');
  });

  it('an agreement runs until the end of its end date', () => {
    expect(effectiveStatus({ status: 'ACTIVE', endDate: '2008-06-15' }, today)).toBe('ACTIVE');
    expect(effectiveStatus({ status: 'ACTIVE', endDate: '2008-06-16' }, today)).toBe('ACTIVE');
  });

  it('an ACTIVE agreement without an end date stays ACTIVE', () => {
    expect(effectiveStatus({ status: 'ACTIVE', endDate: undefined }, today)).toBe('ACTIVE');
    expect(effectiveStatus({ status: 'ACTIVE', endDate: '' }, today)).toBe('ACTIVE');
  });

  it('drafts and terminated agreements keep their stored status whatever the dates', () => {
    expect(effectiveStatus({ status: 'DRAFT', endDate: '2000-01-01' }, today)).toBe('DRAFT');
    expect(effectiveStatus({ status: 'TERMINATED', endDate: '2000-01-01' }, today)).toBe('TERMINATED');
    expect(effectiveStatus({ status: 'TERMINATED', endDate: '2099-01-01' }, today)).toBe('TERMINATED');
  });
});

describe('isoDay', () => {
  it('is the UTC calendar day, whatever the hour', () => {
    expect(isoDay(new Date('2008-06-15T00:00:00.000Z'))).toBe('2008-06-15');
    expect(isoDay(new Date('2008-06-15T23:59:59.999Z'))).toBe('2008-06-15');
    expect(isoDay(new Date('2008-06-15T23:30:00-05:00'))).toBe('2008-06-16');
  });
});
