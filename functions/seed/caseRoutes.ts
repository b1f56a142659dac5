import { createContext, type RequestContext } from '#platform/context';
import { createCaseService, recordConsent, recordRouteEvent, referCase } from '#modules/caseRoute/service';
import { seedCaseId, seedCases } from './cases.ts';

/**
 * The route of the demo cases (functions/seed/cases.ts), written through the route's own service —
 * state machine, transactions, counts, audit — so the report's victims assisted, reintegrated, in
 * formal education and in internships are what the records say (and `npm run recount` agrees).
 * Synthetic: no real person, no real story. Shaped like the program's figures (seed, sections 3–4):
 * most identified victims assisted at the Adoratrices shelter, most of them reintegrated, most of
 * those back in formal education, a few in internships; minors under a protection measure (INFA)
 * first; some with a complaint and an investigation by the Azuay prosecutor; most closed after a
 * year of follow-up, a few left open in their stage (overdue, like the third core leaves untouched).
 */

const SHELTER = 'org-adoratrices';
const CHILD_PROTECTION = 'org-infa';
const PROSECUTOR = 'org-fiscalia-azuay';
const NGO = 'org-fnj';

const addDays = (iso: string, days: number) => {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
};

/**
 * Demo cases reported but never identified that a screening by the Azuay prosecutor identifies (three
 * days after the report), so that with k = 11 some years of the public statistics reach 11 counted
 * victims: 2008 (cases 5 and 20) and 2009 (case 15). The others not identified stay REPORTED.
 */
export const SCREENED_CASES: readonly number[] = [5, 15, 20];

/**
 * The demo cases whose consent covers statistics: every identified one (and the screened ones). The
 * public statistics count them — by year 10, 11 and 11 in 2007–2009, so with k = 11 two years are
 * published and 2007, its sexes and the smaller cells are suppressed.
 */
export const statisticsConsented = (n: number) => seedCases.some((c) => c.n === n && (c.identified || SCREENED_CASES.includes(n)));

/** The day a demo case is referred to the shelter: two days after its identification (consent the day before). */
export const referredOn = (identified: string) => addDays(identified, 2);

type Plan = 'FORMAL_EDUCATION' | 'INTERNSHIP' | 'EMPLOYMENT' | 'FAMILY';

/** The route each routed case takes, by its position: deterministic, so a reload writes the same. */
function shapeOf(k: number, minor: boolean): { plan: Plan | null; closed: boolean; legal: boolean } {
  // Of every 8 routed cases: 1 still in assistance (overdue), 7 reintegrated — most back in formal
  // education (as 111 of the program's 154), some adults in internships or employment, a few minors
  // with their families; 6 of 8 closed after follow-up.
  let plan: Plan | null = 'FORMAL_EDUCATION';
  if (k % 8 === 7) plan = null;
  else if (!minor && k % 3 === 1) plan = 'INTERNSHIP';
  else if (!minor && k % 6 === 3) plan = 'EMPLOYMENT';
  else if (minor && k % 8 === 5) plan = 'FAMILY';
  return { plan, closed: plan !== null && k % 8 !== 6, legal: k % 3 === 0 };
}

export async function loadCaseRoutes(seed: RequestContext, once: (step: () => Promise<unknown>) => Promise<void>): Promise<void> {
  let k = 0;
  // Each write in a request of its own: a request caches the case's partition (loadCaseItems), and the
  // next step must see the one before.
  const fresh = () => createContext(seed.identity, seed.requestId, seed.now);
  for (const c of seedCases) {
    // Cases not yet identified, and the third the case module left overdue, stay where they are.
    if (!c.identified || c.dueInDays) continue;
    const caseId = seedCaseId(c.n);
    const minor = c.age < 18;
    const d0 = c.identified;
    const { plan, closed, legal } = shapeOf(k++, minor);
    const step = (id: string, s: string, date: string, organizationId: string, form: Record<string, unknown> = {}) =>
      once(() => recordRouteEvent(fresh(), { id, caseId, step: s, date, organizationId, form }));

    await once(() =>
      recordConsent(fresh(), {
        id: 'consent-services',
        caseId,
        purpose: 'SERVICES',
        date: addDays(d0, 1),
        givenBy: minor ? 'GUARDIAN' : 'PERSON',
      }),
    );
    if (c.owner !== SHELTER) {
      await once(() =>
        recordConsent(fresh(), {
          id: 'consent-shelter',
          caseId,
          purpose: 'REFERRAL',
          organizationId: SHELTER,
          date: addDays(d0, 1),
          givenBy: minor ? 'GUARDIAN' : 'PERSON',
        }),
      );
      // Referred the day after the consent: the referral starts on the day of its request, so the request
      // is made on that day of the case's timeline (not the day the demo data is loaded).
      await once(() =>
        referCase(createContext(seed.identity, seed.requestId, new Date(`${referredOn(d0)}T12:00:00Z`)), {
          id: 'ref-shelter',
          caseId,
          toOrganizationId: SHELTER,
          reason: 'Acogida y atención integral',
        }),
      );
    }
    if (minor) await step('ev-protection', 'PROTECTION_MEASURE', addDays(d0, 2), CHILD_PROTECTION, { measureType: 'EMERGENCY_SHELTER' });
    if (legal) {
      await step('ev-complaint', 'COMPLAINT', addDays(d0, 3), PROSECUTOR, { fileNumber: `DEMO-FA-${c.n}` });
      await step('ev-investigation', 'INVESTIGATION', addDays(d0, 20), PROSECUTOR, { fileNumber: `DEMO-FA-${c.n}` });
    }
    await step('ev-assistance', 'ASSISTANCE_PLAN', addDays(d0, 5), SHELTER, {
      goals: ['Acogida segura', 'Atención psicosocial', minor ? 'Retorno a la escuela' : 'Proyecto de vida'],
    });
    await once(() =>
      createCaseService(fresh(), {
        id: 'svc-shelter',
        caseId,
        kind: 'SHELTER',
        providerOrganizationId: SHELTER,
        startDate: addDays(d0, 5),
        endDate: addDays(d0, 90),
      }),
    );
    await once(() =>
      createCaseService(fresh(), {
        id: 'svc-psy',
        caseId,
        kind: 'PSYCHOSOCIAL',
        providerOrganizationId: SHELTER,
        startDate: addDays(d0, 6),
      }),
    );
    if (!plan) continue;
    await step('ev-reintegration', 'REINTEGRATION_PLAN', addDays(d0, 60), SHELTER, { planType: plan });
    if (plan === 'FORMAL_EDUCATION' || plan === 'INTERNSHIP')
      await once(() =>
        createCaseService(fresh(), {
          id: 'svc-reintegration',
          caseId,
          kind: plan === 'FORMAL_EDUCATION' ? 'EDUCATION' : 'INTERNSHIP',
          providerOrganizationId: plan === 'FORMAL_EDUCATION' ? NGO : SHELTER,
          startDate: addDays(d0, 62),
        }),
      );
    await step('ev-follow-up', 'FOLLOW_UP_VISIT', addDays(d0, 150), SHELTER, { outcome: 'STABLE' });
    if (closed) await step('ev-closure', 'CLOSURE', addDays(d0, 330), SHELTER, { closureReason: 'GOALS_MET' });
  }
  await loadStatisticsConsents(fresh, once);
}

/**
 * The public statistics' demo: a few reported cases identified by a screening, then a STATISTICS
 * consent on every identified case, written through the route's own service, so the aggregates of
 * the public statistics are kept by the same transactions as in real use (and the recount agrees).
 */
async function loadStatisticsConsents(fresh: () => RequestContext, once: (step: () => Promise<unknown>) => Promise<void>) {
  for (const c of seedCases) {
    if (!statisticsConsented(c.n)) continue;
    const caseId = seedCaseId(c.n);
    const identified = c.identified ?? addDays(c.reported, 3);
    if (!c.identified)
      await once(() =>
        recordRouteEvent(fresh(), {
          id: 'ev-screening',
          caseId,
          step: 'SCREENING',
          date: identified,
          organizationId: PROSECUTOR,
          form: { screeningResult: 'VICTIM' },
        }),
      );
    await once(() =>
      recordConsent(fresh(), {
        id: 'consent-statistics',
        caseId,
        purpose: 'STATISTICS',
        date: addDays(identified, 1),
        givenBy: c.age < 18 ? 'GUARDIAN' : 'PERSON',
      }),
    );
  }
}
