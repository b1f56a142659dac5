import { cantonName, cantonsOf, PROVINCES, provinceName } from '@ruta/schema/geo';
import { countryName } from '../countries.ts';

/** A place as the API returns it (names optional: `placeText` finds them from the codes). */
export interface PlaceValue {
  country?: string | null;
  provinceCode?: string | null;
  cantonCode?: string | null;
  locality?: string | null;
}

export const HOME_COUNTRY = 'EC';

/** Whether a country, as typed, means Ecuador: EC in any case, or nothing yet (a place defaults to EC). */
export const isHomeCountry = (country: unknown): boolean =>
  typeof country !== 'string' || country.trim() === '' || country.trim().toUpperCase() === HOME_COUNTRY;

/** Whether a typed country is another complete code (PE, co): then a province or canton no longer applies. */
export const isOtherCountry = (country: unknown): boolean =>
  typeof country === 'string' && /^[A-Za-z]{2}$/.test(country.trim()) && !isHomeCountry(country);

/** The 24 provinces as select choices, by name (the codes are INEC's order, not the reader's). */
export const provinceChoices: { id: string; name: string }[] = [...PROVINCES]
  .sort((a, b) => a.name.localeCompare(b.name, 'es'))
  .map(({ code, name }) => ({ id: code, name }));

/** A province's cantons as select choices, by name; none until a province is chosen. */
export function cantonChoices(provinceCode: unknown): { id: string; name: string }[] {
  if (typeof provinceCode !== 'string') return [];
  return [...cantonsOf(provinceCode)].sort((a, b) => a.name.localeCompare(b.name, 'es')).map(({ code, name }) => ({ id: code, name }));
}

/**
 * A place in one line, for lists, exports and screen readers: in Ecuador "locality, canton, province"
 * ("Machala, El Oro"), abroad "locality, country" ("Lima, Perú"); '' for no place. An unknown code shows
 * as it is rather than disappearing.
 */
export function placeText(place: PlaceValue | null | undefined, locale: string): string {
  if (!place) return '';
  const locality = place.locality?.trim() || undefined;
  if (isHomeCountry(place.country)) {
    const canton = place.cantonCode ? (cantonName(place.cantonCode) ?? place.cantonCode) : undefined;
    const province = place.provinceCode ? (provinceName(place.provinceCode) ?? place.provinceCode) : undefined;
    return [locality, canton, province].filter(Boolean).join(', ');
  }
  const code = (place.country ?? '').trim().toUpperCase();
  return [locality, countryName(code, locale) ?? code].filter(Boolean).join(', ');
}
