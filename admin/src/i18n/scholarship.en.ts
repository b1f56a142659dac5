import type { Shape } from './shape.ts';

/** Scholarships (resources/scholarship/), their CSV import and the dashboard's canton × sponsor tile. */
export const scholarshipEn = {
  resources: {
    Scholarship: {
      name: 'Scholarship |||| Scholarships',
      fields: {
        id: 'Id',
        programId: 'Program',
        objectiveCode: 'Objective or activity',
        sponsorId: 'Sponsor',
        sponsor: 'Sponsor',
        implementerId: 'Implementer',
        implementer: 'Implementer',
        organizationId: 'Sponsor or implementer',
        beneficiaryCode: 'Beneficiary code',
        group: 'Group',
        place: 'Place',
        provinceCode: 'Province',
        cantonCode: 'Canton',
        educationLevel: 'Education level',
        period: 'School year or period',
        awardedOn: 'Awarded on',
        awardedFrom: 'Awarded from',
        awardedTo: 'Awarded until',
        amount: 'Amount',
        currency: 'Currency',
        status: 'Status',
        statusDate: 'Status date',
        withdrawalReason: 'Reason for withdrawal',
        version: 'Version',
        createdAt: 'Created',
        updatedAt: 'Updated',
      },
      helper: {
        beneficiaryCode: 'A pseudonymous code such as PRN-UIO-0001 — never the name',
        period: 'School year (2008-2009) or period',
        withdrawalReason: 'Required when withdrawn',
      },
      sections: { scholarship: 'Scholarship', beneficiary: 'Beneficiary (no names)', money: 'Amount', status: 'Status' },
      empty: {
        invite: 'No scholarships yet. Create one or import a CSV file.',
        partner: 'Your organization sponsors or implements no scholarship yet.',
      },
    },
  },
  ruta: {
    enums: {
      ScholarshipGroup: { VICTIM_OF_TRAFFICKING: 'Victim of trafficking', AT_RISK_YOUTH: 'At-risk youth', OTHER: 'Other' },
      EducationLevel: { PRIMARY: 'Primary', SECONDARY: 'Secondary', VOCATIONAL: 'Vocational', UNIVERSITY: 'University' },
      ScholarshipStatus: { AWARDED: 'Awarded', ACTIVE: 'Active', COMPLETED: 'Completed', WITHDRAWN: 'Withdrawn' },
    },
    import_batch: {
      missing_columns:
        'The file lacks these columns: %{columns}. Nothing was imported; add them to the first row and choose the file again.',
      too_many_rows: 'The file has more than %{max} rows. Split it into files of at most %{max} rows and import them one by one.',
    },
    scholarship_tile: {
      title: 'Scholarships by canton and sponsor',
      caption: "Scholarships awarded by canton, with each sponsor's share (from the scholarship records)",
      empty: 'No scholarships recorded in this program yet.',
      canton: 'Canton',
      province: 'Province',
      sponsors: 'By sponsor',
      count: 'Scholarships',
      legend: 'Sponsors',
      sponsor_count: '%{sponsor}: %{count}',
      bar_label: '%{canton}: %{count} scholarships',
      unknown: 'Unknown organization',
    },
  },
};

export type ScholarshipMessages = Shape<typeof scholarshipEn>;
