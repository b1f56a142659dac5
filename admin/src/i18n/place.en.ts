import type { Shape } from './shape.ts';
/** A place (commons/place/): country, then Ecuador's province and canton, or the city abroad. */
export const placeEn = {
  ruta: {
    place: {
      group: 'Place',
      country: 'Country',
      province: 'Province',
      canton: 'Canton',
      locality_ec: 'Parish, community or address',
      locality_abroad: 'City',
      choose_province_first: 'Choose the province first',
      canton_hint: 'Only the cantons of the chosen province',
      country_hint: 'Two-letter code: EC for Ecuador, PE for Peru, CO for Colombia',
      abroad_hint: 'Outside Ecuador: write the city',
      province_none: 'No province',
      canton_none: 'No canton',
    },
  },
};

export type PlaceMessages = Shape<typeof placeEn>;
