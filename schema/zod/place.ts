import * as z from 'zod';
import type { PlaceInput } from '../generated/types.ts';
import { isCantonOf, isProvince } from '../geo.ts';
import { countryCode, optionalText, whenValid } from './common.ts';

/** The country of a place when none is given. */
export const HOME_COUNTRY = 'EC';

/** Blank ('' or spaces) is no value, so clearing a select or a field clears it. */
const blankToNull = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? null : v);

/** An INEC code as typed: digits only (a code is looked up in schema/geo.ts by the place's rule below). */
const code = (digits: number) =>
  z.preprocess(
    blankToNull,
    z
      .string()
      .trim()
      .regex(new RegExp(`^\\d{${digits}}$`), digits === 2 ? 'validation.unknown_province' : 'validation.canton_not_in_province')
      .nullish(),
  );

/** The fields of a place, for schemas that spread them (e.g. a filter by province). */
export const placeFields = {
  /** ISO alpha-2, upper case; EC when omitted or blank. */
  country: z.preprocess((v) => (v === undefined || v === null || blankToNull(v) === null ? HOME_COUNTRY : v), countryCode),
  provinceCode: code(2),
  cantonCode: code(4),
  /** A parish, community or address in Ecuador; the city abroad. */
  locality: optionalText(120),
};

/**
 * A place: in Ecuador an optional province (one of INEC's) and canton (one of that province's); abroad
 * no province or canton, the city as `locality`. Problems name the field (`place.cantonCode`), so the
 * API reports `input.place.cantonCode` and the console marks that input.
 */
export const placeSchema = z.object(placeFields).superRefine(
  (place, ctx) => {
    const { country, provinceCode, cantonCode } = place;
    if (country !== HOME_COUNTRY) {
      for (const field of ['provinceCode', 'cantonCode'] as const)
        if (place[field]) ctx.addIssue({ code: 'custom', path: [field], message: 'validation.not_in_ecuador', input: place[field] });
      return;
    }
    if (provinceCode && !isProvince(provinceCode))
      ctx.addIssue({ code: 'custom', path: ['provinceCode'], message: 'validation.unknown_province', input: provinceCode });
    if (cantonCode && !provinceCode)
      ctx.addIssue({ code: 'custom', path: ['provinceCode'], message: 'validation.required', input: provinceCode });
    else if (cantonCode && isProvince(provinceCode) && !isCantonOf(provinceCode, cantonCode))
      ctx.addIssue({ code: 'custom', path: ['cantonCode'], message: 'validation.canton_not_in_province', input: cantonCode });
  },
  whenValid('country', 'provinceCode', 'cantonCode'),
) satisfies z.ZodType<PlaceInput>;

export type Place = z.output<typeof placeSchema>;
