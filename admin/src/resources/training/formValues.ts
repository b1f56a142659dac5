import type { FieldValues } from 'react-hook-form';

interface Line {
  organizationId?: string | null;
  group?: string | null;
  women?: number | string | null;
  men?: number | string | null;
  notRecorded?: number | string | null;
  expectedTotal?: number | string | null;
}

const count = (v: unknown) => (v === '' || v === null || v === undefined ? null : Number(v));
const blank = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? null : v);

/** A form's audience line as the API takes it: what the record adds (the organization, the line's total) left out. */
export const lineInput = (l: Line) => ({
  organizationId: blank(l.organizationId) ?? null,
  group: blank(l.group) ?? null,
  women: count(l.women),
  men: count(l.men),
  notRecorded: count(l.notRecorded),
  expectedTotal: count(l.expectedTotal),
});

const entryInput = (e: Record<string, unknown>) => ({
  name: e.name ?? '',
  sex: e.sex ?? null,
  institution: blank(e.institution) ?? null,
  position: blank(e.position) ?? null,
  email: blank(e.email) ?? null,
});

/**
 * The form's values as the mutation inputs take them: the audience lines without their derived totals
 * and organizations, the place without the names the API adds, an empty roster as none.
 */
export function trainingInput(values: FieldValues): FieldValues {
  const { place, audience, roster, ...rest } = values;
  const out: FieldValues = { ...rest };
  if (place) {
    const { country, provinceCode, cantonCode, locality } = place;
    out.place = { country, provinceCode: provinceCode || null, cantonCode: cantonCode || null, locality: locality || null };
  }
  if (audience) out.audience = (audience as Line[]).map(lineInput);
  // An emptied roster is sent as [] (the API then removes it); absent means "leave it as it is".
  if (roster !== undefined) out.roster = Array.isArray(roster) ? roster.map(entryInput) : null;
  return out;
}
