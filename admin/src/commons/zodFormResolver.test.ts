import { describe, expect, it } from 'vitest';
import type { ResolverOptions } from 'react-hook-form';
import { createIndicatorInput } from '@ruta/schema/zod/framework';
import { createPartnerAgreementInput } from '@ruta/schema/zod/partnerAgreement';
import { createProgramInput } from '@ruta/schema/zod/program';
import { decodeMessage } from './validationMessage.ts';
import { zodFormResolver } from './zodFormResolver.ts';

const options = { fields: {}, shouldUseNativeValidation: false } as ResolverOptions<Record<string, unknown>>;

/** The form's errors as `field: key {args}`, the way the inputs show them. */
async function errorsOf(resolver: ReturnType<typeof zodFormResolver>, values: Record<string, unknown>) {
  const { errors } = await resolver(values, undefined, options);
  const out: Record<string, unknown> = {};
  const walk = (node: Record<string, unknown>, prefix: string) => {
    for (const [k, v] of Object.entries(node)) {
      const e = v as { message?: string };
      if (typeof e?.message === 'string') out[prefix + k] = decodeMessage(e.message);
      else if (v && typeof v === 'object') walk(v as Record<string, unknown>, `${prefix}${k}.`);
    }
  };
  walk(errors as Record<string, unknown>, '');
  return out;
}

describe('zodFormResolver: every problem in one round, in the user terms (issue 9.6)', () => {
  const agreement = {
    kind: 'MOU',
    title: '',
    partyIds: ['org-a', 'org-b'],
    startDate: '2024-05-10',
    endDate: '2024-05-01',
    status: 'DRAFT',
    currency: 'USD',
    objectiveCodes: [],
  };

  it('shows end before start together with a missing required field', async () => {
    expect(await errorsOf(zodFormResolver(createPartnerAgreementInput), agreement)).toEqual({
      title: { key: 'validation.required' },
      endDate: { key: 'validation.end_before_start' },
    });
  });

  it('keeps the parameters of a problem: the percentage range, a date range, a length', async () => {
    expect(
      await errorsOf(zodFormResolver(createIndicatorInput), {
        programId: 'p',
        objectiveCode: '1',
        name: 'x'.repeat(301),
        unit: 'PERCENT',
        target: 150,
        source: 'MANUAL',
      }),
    ).toEqual({
      name: { key: 'validation.too_long', args: { max: 300 } },
      target: { key: 'validation.percent_range', args: { min: 0, max: 100 } },
    });
    expect(
      (await errorsOf(zodFormResolver(createPartnerAgreementInput), { ...agreement, title: 't', startDate: '1800-01-01' })).startDate,
    ).toEqual({
      key: 'validation.date_range',
      args: { min: '1900-01-01', max: '2100-12-31' },
    });
  });

  it('nests the errors of list items where the inputs read them, and a typed date that is not a date is invalid', async () => {
    const { errors } = await zodFormResolver(createProgramInput)(
      {
        name: 'P',
        country: 'EC',
        donorIds: ['org-usaid'],
        implementerId: 'org-oim',
        startDate: '31/12/2024',
        originalEndDate: '2025-01-01',
        currency: 'USD',
        adminFeeRateBps: 1000,
        originalDeclaredTotal: 1,
        modifications: [{ number: 1, description: '' }],
      },
      undefined,
      options,
    );
    expect(errors).toMatchObject({
      startDate: { message: 'validation.invalid_date' },
      modifications: [{ description: { message: 'validation.required' } }],
    });
  });

  it('passes the form values through unchanged when they are valid', async () => {
    const values = { ...agreement, title: 'Convenio', endDate: '2024-06-01' };
    expect(await zodFormResolver(createPartnerAgreementInput)(values, undefined, options)).toEqual({ values, errors: {} });
  });
});
