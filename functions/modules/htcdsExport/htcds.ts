/**
 * A case as a row of the HTCDS export — field names and value lists of IOM's Human Trafficking Case
 * Data Standard (HTCDS) v2.0, CC BY 4.0 (docs/htcds.md maps every value). Pure: no identity reaches
 * it (the case record holds none), and the case's code, ids and free text are left out too, so a row
 * cannot be looked up in Ruta.
 */
import type { QuasiIdentifier, QuasiValues } from '#modules/htcdsExport/anonymise';

/** The fields of a case the export reads (a `CaseRecord` has them all). */
export interface ExportableCase {
  sex?: string | null;
  ageBand: string;
  nationality?: string | null;
  exploitationTypes: string[];
  meansOfControl?: string[] | null;
  exploitationPlace?: unknown;
  dateReported: string;
  dateIdentified?: string | null;
  stage: string;
  closureReason?: string | null;
}

export const HTCDS_GENDER: Record<string, string> = {
  FEMALE: 'Feminine',
  MALE: 'Masculine',
  TRANSGENDER_FEMALE: 'TransgenderFeminine',
  TRANSGENDER_MALE: 'TransgenderMasculine',
  NON_CONFORMING: 'NonConforming',
  UNKNOWN: 'NonSpecifiedUnknown',
};

export const HTCDS_EXPLOITATION: Record<string, string> = {
  SEXUAL: 'SexualExploitation',
  LABOUR: 'ForcedLabour',
  FORCED_BEGGING: 'ForcedBegging',
  DOMESTIC_SERVITUDE: 'Servitude',
  FORCED_MARRIAGE: 'ForcedMarriage',
  ILLICIT_ACTIVITIES: 'Other',
  OTHER: 'Other',
};

export const HTCDS_CONTROL: Record<string, string> = {
  THREATS: 'PhysicalThreats',
  THREAT_OF_LAW_ENFORCEMENT: 'ThreatsLawEnforcement',
  THREATENS_CHILDREN_OR_FAMILY: 'ThreatensChildrenFamily',
  DEBT_BONDAGE: 'DebtBondage',
  FALSE_PROMISES: 'FalsePromises',
  PHYSICAL_ABUSE: 'PhysicalAbuse',
  SEXUAL_ABUSE: 'SexualAbuse',
  TAKES_EARNINGS: 'TakesEarnings',
  RESTRICTS_FINANCIAL_ACCESS: 'RestrictsFinancialAccess',
  RESTRICTS_MEDICAL_CARE: 'RestrictsMedicalCare',
  RESTRICTS_MOVEMENT: 'MethodsOfControlRestrictsMovement',
  WITHHOLDS_NECESSITIES: 'WithholdsNecessities',
  PSYCHOLOGICAL_ABUSE: 'PsychologicalAbuse',
  PSYCHOACTIVE_SUBSTANCES: 'PsychoactiveSubstance',
  EXCESSIVE_WORKING_HOURS: 'ExcessiveWorkingHours',
  WITHHOLDS_DOCUMENTS: 'WithholdsDocuments',
  USES_CHILDREN: 'MethodsOfControlUsesChildren',
  OTHER: 'Other',
};

/** The CSV's columns, in order: the quasi-identifiers, then the rest. */
export const HTCDS_COLUMNS = [
  'prs_Gender',
  'ruta_AgeBand',
  'prs_Citizenship',
  'vic_TypeOfExploitation',
  'ruta_Year',
  'vic_LocationOfExploitation',
  'vic_Methods_of_Control',
  'cas_Status',
] as const satisfies readonly (QuasiIdentifier | string)[];

const countryOf = (place: unknown) => {
  const c = (place as { country?: unknown } | null | undefined)?.country;
  return typeof c === 'string' ? c.toUpperCase() : '';
};

/** HTCDS cas_Status: Ruta's finer route stages fold into Active, FollowUp, Closed and ClosedReferred. */
export function caseStatus(stage: string, closureReason?: string | null): string {
  if (stage === 'CLOSED') return closureReason === 'REFERRED' ? 'ClosedReferred' : 'Closed';
  if (stage === 'FOLLOW_UP') return 'FollowUp';
  return 'Active';
}

/** The quasi-identifiers of a case, as HTCDS values (exploitation types sorted, `;`-joined). */
export function quasiValuesOf(c: ExportableCase): QuasiValues {
  const exploitation = [...new Set(c.exploitationTypes.map((t) => HTCDS_EXPLOITATION[t] ?? 'Other'))].sort();
  return {
    prs_Gender: HTCDS_GENDER[c.sex ?? 'UNKNOWN'] ?? 'NonSpecifiedUnknown',
    ruta_AgeBand: c.ageBand,
    prs_Citizenship: (c.nationality ?? '').toUpperCase(),
    vic_TypeOfExploitation: exploitation.join(';'),
    ruta_Year: (c.dateIdentified ?? c.dateReported).slice(0, 4),
    vic_LocationOfExploitation: countryOf(c.exploitationPlace),
  };
}

/**
 * The columns that are not quasi-identifiers. The place of recruitment is left out: it is not among
 * the quasi-identifiers the k check covers, and with them it would single people out.
 */
export function otherValuesOf(c: ExportableCase): Record<string, string> {
  return {
    vic_Methods_of_Control: [...new Set((c.meansOfControl ?? []).map((m) => HTCDS_CONTROL[m] ?? 'Other'))].sort().join(';'),
    cas_Status: caseStatus(c.stage, c.closureReason),
  };
}

/** RFC 4180 quoting; a leading =, +, - or @ is prefixed with ' so a spreadsheet does not run it. */
function cell(value: string): string {
  const safe = /^[=+\-@]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

export function toCsv(rows: Record<string, string>[]): string {
  const lines = [HTCDS_COLUMNS.join(',')];
  for (const r of rows) lines.push(HTCDS_COLUMNS.map((c) => cell(r[c] ?? '')).join(','));
  return `${lines.join('\r\n')}\r\n`;
}
