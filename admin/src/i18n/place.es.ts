import type { PlaceMessages } from './place.en.ts';
/** Un lugar (commons/place/): país, y en el Ecuador provincia y cantón; en el exterior, la ciudad. */
export const placeEs: PlaceMessages = {
  ruta: {
    place: {
      group: 'Lugar',
      country: 'País',
      province: 'Provincia',
      canton: 'Cantón',
      locality_ec: 'Parroquia, comunidad o dirección',
      locality_abroad: 'Ciudad',
      choose_province_first: 'Elija primero la provincia',
      canton_hint: 'Solo los cantones de la provincia elegida',
      country_hint: 'Código de dos letras: EC para Ecuador, PE para Perú, CO para Colombia',
      abroad_hint: 'Fuera del Ecuador: escriba la ciudad',
      province_none: 'Sin provincia',
      canton_none: 'Sin cantón',
    },
  },
};
