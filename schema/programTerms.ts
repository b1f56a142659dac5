/** A program's terms as its modifications left them (no zod: read by resolvers at start-up). */

/** End date and declared total after the modifications, in order. */
export function effectiveTerms(p: {
  originalEndDate: string;
  originalDeclaredTotal: number;
  modifications?: { newEndDate?: string | null; newDeclaredTotal?: number | null }[] | null;
}) {
  let endDate = p.originalEndDate;
  let declaredTotal = p.originalDeclaredTotal;
  for (const m of p.modifications ?? []) {
    if (m.newEndDate) endDate = m.newEndDate;
    if (m.newDeclaredTotal != null) declaredTotal = m.newDeclaredTotal;
  }
  return { endDate, declaredTotal };
}
