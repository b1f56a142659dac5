import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import { fieldProblems } from './common.ts';
import { placeSchema } from './place.ts';

const problems = (schema: z.ZodType, value: unknown) => {
  const r = schema.safeParse(value);
  return r.success ? [] : fieldProblems(r.error, ['input']).map(({ path, key }) => ({ path, key }));
};
/** A place inside an input, as records hold it: problems are named input.place.<field>. */
const holder = z.object({ name: z.string().min(1, 'validation.required'), place: placeSchema });

describe('place', () => {
  it('takes a place in Ecuador: province, canton of that province, locality', () => {
    expect(placeSchema.parse({ country: 'ec', provinceCode: '07', cantonCode: '0701', locality: ' Barrio  Central ' })).toEqual({
      country: 'EC',
      provinceCode: '07',
      cantonCode: '0701',
      locality: 'Barrio  Central',
    });
    expect(placeSchema.parse({ provinceCode: '17' })).toEqual({ country: 'EC', provinceCode: '17' });
    expect(placeSchema.parse({ country: null, provinceCode: '', cantonCode: '', locality: '' })).toEqual({
      country: 'EC',
      provinceCode: null,
      cantonCode: null,
      locality: null,
    });
    expect(placeSchema.parse({})).toEqual({ country: 'EC' });
  });

  it("refuses a canton of another province, naming the canton's field", () => {
    // 0101 is Cuenca, in Azuay (01), not in El Oro (07).
    expect(problems(holder, { name: 'x', place: { country: 'EC', provinceCode: '07', cantonCode: '0101' } })).toEqual([
      { path: 'input.place.cantonCode', key: 'validation.canton_not_in_province' },
    ]);
    expect(problems(placeSchema, { provinceCode: '07', cantonCode: '0799' })).toEqual([
      { path: 'input.cantonCode', key: 'validation.canton_not_in_province' },
    ]);
    expect(problems(placeSchema, { provinceCode: '07', cantonCode: 'Machala' })).toEqual([
      { path: 'input.cantonCode', key: 'validation.canton_not_in_province' },
    ]);
  });

  it('refuses an unknown province, and a canton without its province', () => {
    expect(problems(placeSchema, { provinceCode: '25' })).toEqual([{ path: 'input.provinceCode', key: 'validation.unknown_province' }]);
    expect(problems(placeSchema, { provinceCode: 'El Oro' })).toEqual([{ path: 'input.provinceCode', key: 'validation.unknown_province' }]);
    expect(problems(placeSchema, { cantonCode: '0701' })).toEqual([{ path: 'input.provinceCode', key: 'validation.required' }]);
    // An unknown province does not also call its canton wrong: one problem, where it is.
    expect(problems(placeSchema, { provinceCode: '99', cantonCode: '0701' })).toEqual([
      { path: 'input.provinceCode', key: 'validation.unknown_province' },
    ]);
  });

  it('takes a place abroad with the city as locality', () => {
    expect(placeSchema.parse({ country: 'pe', locality: 'Lima' })).toEqual({ country: 'PE', locality: 'Lima' });
    expect(placeSchema.parse({ country: 'CO', provinceCode: null, cantonCode: '', locality: 'Ipiales' })).toEqual({
      country: 'CO',
      provinceCode: null,
      cantonCode: null,
      locality: 'Ipiales',
    });
  });

  it('refuses a province or canton abroad, on the field', () => {
    expect(problems(holder, { name: 'x', place: { country: 'PE', provinceCode: '07', locality: 'Lima' } })).toEqual([
      { path: 'input.place.provinceCode', key: 'validation.not_in_ecuador' },
    ]);
    expect(problems(placeSchema, { country: 'PE', provinceCode: '07', cantonCode: '0701' })).toEqual([
      { path: 'input.provinceCode', key: 'validation.not_in_ecuador' },
      { path: 'input.cantonCode', key: 'validation.not_in_ecuador' },
    ]);
  });

  it('reports the country and the locality by their own rules, with the other problems in one round', () => {
    expect(problems(holder, { name: '', place: { country: 'Ecuador', locality: 'x'.repeat(121) } })).toEqual([
      { path: 'input.name', key: 'validation.required' },
      { path: 'input.place.country', key: 'validation.invalid_country' },
      { path: 'input.place.locality', key: 'validation.too_long' },
    ]);
    // The canton rule still runs while the locality fails.
    expect(problems(placeSchema, { provinceCode: '07', cantonCode: '0101', locality: 'x'.repeat(121) })).toEqual([
      { path: 'input.locality', key: 'validation.too_long' },
      { path: 'input.cantonCode', key: 'validation.canton_not_in_province' },
    ]);
  });
});
