import type { ScholarshipMessages } from './scholarship.en.ts';

export const scholarshipEs: ScholarshipMessages = {
  resources: {
    Scholarship: {
      name: 'Beca |||| Becas',
      fields: {
        id: 'Id',
        programId: 'Programa',
        objectiveCode: 'Objetivo o actividad',
        sponsorId: 'Patrocinador',
        sponsor: 'Patrocinador',
        implementerId: 'Organización ejecutora',
        implementer: 'Organización ejecutora',
        organizationId: 'Patrocinador u organización ejecutora',
        beneficiaryCode: 'Código de beneficiario',
        group: 'Grupo',
        place: 'Lugar',
        provinceCode: 'Provincia',
        cantonCode: 'Cantón',
        educationLevel: 'Nivel educativo',
        period: 'Año lectivo o período',
        awardedOn: 'Fecha de adjudicación',
        awardedFrom: 'Adjudicadas desde',
        awardedTo: 'Adjudicadas hasta',
        amount: 'Monto',
        currency: 'Moneda',
        status: 'Estado',
        statusDate: 'Fecha del estado',
        withdrawalReason: 'Motivo del retiro',
        version: 'Versión',
        createdAt: 'Creada',
        updatedAt: 'Modificada',
      },
      helper: {
        beneficiaryCode: 'Un código seudónimo como PRN-UIO-0001, nunca el nombre',
        period: 'Año lectivo (2008-2009) o período',
        withdrawalReason: 'Obligatorio si la beca se retiró',
      },
      sections: { scholarship: 'Beca', beneficiary: 'Beneficiario (sin nombres)', money: 'Monto', status: 'Estado' },
      empty: {
        invite: 'Todavía no hay becas. Cree una o importe un archivo CSV.',
        partner: 'Su organización todavía no patrocina ni ejecuta becas.',
      },
    },
  },
  ruta: {
    enums: {
      ScholarshipGroup: { VICTIM_OF_TRAFFICKING: 'Víctima de trata', AT_RISK_YOUTH: 'Joven en riesgo', OTHER: 'Otro' },
      EducationLevel: { PRIMARY: 'Primaria', SECONDARY: 'Secundaria', VOCATIONAL: 'Formación técnica', UNIVERSITY: 'Universidad' },
      ScholarshipStatus: { AWARDED: 'Adjudicada', ACTIVE: 'En curso', COMPLETED: 'Terminada', WITHDRAWN: 'Retirada' },
    },
    import_batch: {
      missing_columns:
        'Al archivo le faltan estas columnas: %{columns}. No se importó nada; agréguelas en la primera fila y vuelva a elegir el archivo.',
      too_many_rows: 'El archivo tiene más de %{max} filas. Divídalo en archivos de máximo %{max} filas e impórtelos uno por uno.',
    },
    scholarship_tile: {
      title: 'Becas por cantón y patrocinador',
      caption: 'Becas otorgadas por cantón, con la parte de cada patrocinador (de los registros de becas)',
      empty: 'Todavía no hay becas registradas en este programa.',
      canton: 'Cantón',
      province: 'Provincia',
      sponsors: 'Por patrocinador',
      count: 'Becas',
      legend: 'Patrocinadores',
      sponsor_count: '%{sponsor}: %{count}',
      bar_label: '%{canton}: %{count} becas',
      unknown: 'Organización desconocida',
    },
  },
};
