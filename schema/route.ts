/**
 * The route of assistance as a state machine — zod-free, shared by the server (which enforces it in
 * every route write) and the console (which offers only the steps allowed next).
 *
 * A case moves through STAGES by recorded STEPS. Each step of the main track leads to one stage; a
 * step whose stage is the current one is a repeat (another protection measure, a revised plan, a
 * further follow-up visit) and leaves the stage as it is. The legal process is a parallel track with
 * its own stage (`legalStage`), moved by the legal steps, whatever the main stage (except CLOSED).
 * Decisions (docs/decisions.md, "The route of assistance"):
 * - forward only, one stage at a time, except: PROTECTION may be skipped for adults (IDENTIFIED →
 *   ASSISTANCE); it is required for minors;
 * - CLOSED is reachable from every open stage by a CLOSURE (with its reason); nothing follows CLOSED;
 * - REPORT is recorded only while the case is REPORTED (the case is created there);
 * - the legal track: COMPLAINT or INVESTIGATION (an investigation opened ex officio) first, then
 *   INVESTIGATION → TRIAL → SENTENCE; a legal step may be repeated only by moving forward.
 */

export const ROUTE_STAGES = ['REPORTED', 'IDENTIFIED', 'PROTECTION', 'ASSISTANCE', 'REINTEGRATION', 'FOLLOW_UP', 'CLOSED'] as const;
export type RouteStage = (typeof ROUTE_STAGES)[number];

export const LEGAL_STAGES = ['NONE', 'COMPLAINT', 'INVESTIGATION', 'TRIAL', 'SENTENCE'] as const;
export type LegalStage = (typeof LEGAL_STAGES)[number];

export const MAIN_STEPS = [
  'REPORT',
  'SCREENING',
  'PROTECTION_MEASURE',
  'ASSISTANCE_PLAN',
  'REINTEGRATION_PLAN',
  'FOLLOW_UP_VISIT',
  'CLOSURE',
] as const;
export const LEGAL_STEPS = ['COMPLAINT', 'INVESTIGATION', 'TRIAL', 'SENTENCE'] as const;
export const ROUTE_STEPS = [...MAIN_STEPS, ...LEGAL_STEPS] as const;
export type MainStep = (typeof MAIN_STEPS)[number];
export type LegalStep = (typeof LEGAL_STEPS)[number];
export type RouteStep = (typeof ROUTE_STEPS)[number];

/** The stage each main step leads to. */
export const STEP_STAGE: Readonly<Record<MainStep, RouteStage>> = {
  REPORT: 'REPORTED',
  SCREENING: 'IDENTIFIED',
  PROTECTION_MEASURE: 'PROTECTION',
  ASSISTANCE_PLAN: 'ASSISTANCE',
  REINTEGRATION_PLAN: 'REINTEGRATION',
  FOLLOW_UP_VISIT: 'FOLLOW_UP',
  CLOSURE: 'CLOSED',
};

export const isLegalStep = (step: RouteStep): step is LegalStep => (LEGAL_STEPS as readonly string[]).includes(step);

/** Stages each stage may move to (besides staying, for a repeat). */
const NEXT: Readonly<Record<RouteStage, readonly RouteStage[]>> = {
  REPORTED: ['IDENTIFIED', 'CLOSED'],
  IDENTIFIED: ['PROTECTION', 'ASSISTANCE', 'CLOSED'],
  PROTECTION: ['ASSISTANCE', 'CLOSED'],
  ASSISTANCE: ['REINTEGRATION', 'CLOSED'],
  REINTEGRATION: ['FOLLOW_UP', 'CLOSED'],
  FOLLOW_UP: ['CLOSED'],
  CLOSED: [],
};

/** Stages where the step leading to them may be recorded again (a repeat that keeps the stage). */
const REPEATABLE: ReadonlySet<RouteStage> = new Set(['REPORTED', 'PROTECTION', 'ASSISTANCE', 'REINTEGRATION', 'FOLLOW_UP']);

const LEGAL_NEXT: Readonly<Record<LegalStage, readonly LegalStage[]>> = {
  NONE: ['COMPLAINT', 'INVESTIGATION'],
  COMPLAINT: ['INVESTIGATION'],
  INVESTIGATION: ['TRIAL'],
  TRIAL: ['SENTENCE'],
  SENTENCE: [],
};

export interface RoutePosition {
  stage: RouteStage;
  legalStage: LegalStage;
  /** Whether the person was a minor at identification: PROTECTION may not be skipped. */
  minor: boolean;
}

/** Whether `step` may be recorded now. */
export function stepAllowed(at: RoutePosition, step: RouteStep): boolean {
  if (at.stage === 'CLOSED') return false;
  if (isLegalStep(step)) return (LEGAL_NEXT[at.legalStage] as readonly string[]).includes(step);
  const to = STEP_STAGE[step];
  if (to === at.stage) return REPEATABLE.has(to);
  if (!NEXT[at.stage].includes(to)) return false;
  if (at.minor && at.stage === 'IDENTIFIED' && to === 'ASSISTANCE') return false;
  return true;
}

/** The steps that may be recorded now, in route order (what the console offers). */
export const allowedSteps = (at: RoutePosition): RouteStep[] => ROUTE_STEPS.filter((s) => stepAllowed(at, s));

/** Where the case is after `step` (call only for an allowed step). */
export function afterStep(at: RoutePosition, step: RouteStep): RoutePosition {
  if (isLegalStep(step)) return { ...at, legalStage: step };
  return { ...at, stage: STEP_STAGE[step] };
}

/** Whether the step moves the main stage (a legal step or a repeat does not). */
export const movesStage = (at: RoutePosition, step: RouteStep): boolean => !isLegalStep(step) && STEP_STAGE[step] !== at.stage;

// ─── Who records what ──────────────────────────────────────────────────────────────────────────
/**
 * Which kinds of institution (OrganizationKind) may record each step. The responsible organization's
 * kind is checked; IOM (INTERNATIONAL_ORGANIZATION, which runs the program) may record every step, and
 * an admin may record any step for any organization (override). The child-protection authority is a
 * MINISTRY (MIES) or a LOCAL_GOVERNMENT (Juntas Cantonales de Protección de Derechos); judges
 * (JUDICIARY) also order protection measures.
 */
const IOM = 'INTERNATIONAL_ORGANIZATION';
const ASSISTING = ['SHELTER', 'NGO', 'MINISTRY', IOM] as const;
export const STEP_KINDS: Readonly<Record<RouteStep, readonly string[]>> = {
  REPORT: ['POLICE', 'PROSECUTOR', IOM],
  SCREENING: ['POLICE', 'PROSECUTOR', IOM],
  PROTECTION_MEASURE: ['MINISTRY', 'LOCAL_GOVERNMENT', 'JUDICIARY', IOM],
  ASSISTANCE_PLAN: ASSISTING,
  REINTEGRATION_PLAN: ASSISTING,
  FOLLOW_UP_VISIT: ASSISTING,
  CLOSURE: ['POLICE', 'PROSECUTOR', 'SHELTER', 'NGO', 'MINISTRY', 'LOCAL_GOVERNMENT', IOM],
  COMPLAINT: ['POLICE', 'PROSECUTOR', IOM],
  INVESTIGATION: ['POLICE', 'PROSECUTOR', IOM],
  TRIAL: ['PROSECUTOR', 'JUDICIARY', IOM],
  SENTENCE: ['JUDICIARY', IOM],
};

export const kindMayRecord = (kind: string | null | undefined, step: RouteStep): boolean => !!kind && STEP_KINDS[step].includes(kind);

// ─── Time limits ───────────────────────────────────────────────────────────────────────────────
/** Stages with a time limit (days in the stage before the case is overdue). */
export const TIMED_STAGES = ['REPORTED', 'IDENTIFIED', 'PROTECTION', 'ASSISTANCE', 'REINTEGRATION', 'FOLLOW_UP'] as const;
export type TimedStage = (typeof TIMED_STAGES)[number];
export type StageLimits = Record<TimedStage, number>;

/** The defaults, until a program sets its own (`setRouteTimeLimits`). */
export const DEFAULT_STAGE_LIMITS: Readonly<StageLimits> = {
  REPORTED: 3,
  IDENTIFIED: 7,
  PROTECTION: 3,
  ASSISTANCE: 30,
  REINTEGRATION: 90,
  FOLLOW_UP: 180,
};
export const STAGE_LIMIT_MAX_DAYS = 3650;

/** `YYYY-MM-DD` plus whole days (UTC). */
export function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** Whole days from `from` to `to` (dates). */
export const daysBetween = (from: string, to: string): number =>
  Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);

/** When a case that entered `stage` on `since` is due to move on (null: closed, no limit). */
export function stageDueOn(stage: RouteStage, since: string, limits: Partial<StageLimits> = DEFAULT_STAGE_LIMITS): string | null {
  if (stage === 'CLOSED') return null;
  return addDays(since, limits[stage] ?? DEFAULT_STAGE_LIMITS[stage]);
}

/** Overdue: the due date has passed (a case due today is not yet overdue). */
export const isOverdue = (due: string | null | undefined, today: string): boolean => !!due && due < today;

// ─── Forms ─────────────────────────────────────────────────────────────────────────────────────
export const PROTECTION_MEASURE_TYPES = [
  'EMERGENCY_SHELTER',
  'FAMILY_PLACEMENT',
  'INSTITUTIONAL_CARE',
  'RESTRAINING_ORDER',
  'VICTIM_WITNESS_PROTECTION',
  'OTHER',
] as const;
export const REINTEGRATION_PLAN_TYPES = [
  'FORMAL_EDUCATION',
  'INTERNSHIP',
  'EMPLOYMENT',
  'MICRO_CREDIT',
  'FAMILY',
  'VOCATIONAL_TRAINING',
  'OTHER',
] as const;
export const SCREENING_RESULTS = ['VICTIM', 'PRESUMED_VICTIM', 'NOT_A_VICTIM'] as const;
export const FOLLOW_UP_OUTCOMES = ['STABLE', 'AT_RISK', 'NEEDS_SUPPORT', 'LOST_CONTACT'] as const;
export const REPORT_CHANNELS = ['HOTLINE', 'POLICE_OPERATION', 'SELF_REFERRAL', 'INSTITUTION', 'COMMUNITY', 'OTHER'] as const;

export const SERVICE_KINDS = [
  'SHELTER',
  'HEALTH',
  'PSYCHOSOCIAL',
  'LEGAL',
  'EDUCATION',
  'VOCATIONAL_TRAINING',
  'INTERNSHIP',
  'EMPLOYMENT',
  'MICRO_CREDIT',
  'FAMILY_REUNIFICATION',
  'REPATRIATION',
] as const;

export const CONSENT_PURPOSES = ['SERVICES', 'REFERRAL', 'STATISTICS'] as const;
export const CONSENT_GIVERS = ['PERSON', 'GUARDIAN'] as const;
