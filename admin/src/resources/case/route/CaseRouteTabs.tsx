/**
 * The route of assistance on a case's page (timeline, next step, services, consents, referrals).
 * Rendered by the case's show page (`admin/src/resources/case/`); filled by the route module.
 */
export function CaseRouteTabs(_props: { caseRecord: { id: string } & Record<string, unknown> }) {
  return null;
}
