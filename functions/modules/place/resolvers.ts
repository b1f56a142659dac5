import type { Resolvers } from '#generated/resolvers';
import { cantonName, provinceName } from '@ruta/schema/geo';

/**
 * The names of a place's province and canton, from their INEC codes (schema/geo.ts: plain data, no
 * zod, cheap at start-up). Any record that holds a `Place` gets them; an unknown code has no name.
 */
export const placeResolvers: Resolvers = {
  Place: {
    provinceName: (p) => provinceName(p.provinceCode) ?? null,
    cantonName: (p) => cantonName(p.cantonCode) ?? null,
  },
};
