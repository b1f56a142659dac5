import { describe, expect, it } from 'vitest';
import {
  afterStep,
  allowedSteps,
  DEFAULT_STAGE_LIMITS,
  isOverdue,
  kindMayRecord,
  LEGAL_STAGES,
  movesStage,
  ROUTE_STAGES,
  ROUTE_STEPS,
  STEP_KINDS,
  stageDueOn,
  stepAllowed,
  daysBetween,
  type LegalStage,
  type RouteStage,
  type RouteStep,
} from './route.ts';

const at = (stage: RouteStage, minor = false, legalStage: LegalStage = 'NONE') => ({ stage, legalStage, minor });

/** Every (stage, step) pair of the main track that is allowed, for an adult; the rest must be refused. */
const ADULT_MAIN: Record<RouteStage, RouteStep[]> = {
  REPORTED: ['REPORT', 'SCREENING', 'CLOSURE'],
  IDENTIFIED: ['PROTECTION_MEASURE', 'ASSISTANCE_PLAN', 'CLOSURE'],
  PROTECTION: ['PROTECTION_MEASURE', 'ASSISTANCE_PLAN', 'CLOSURE'],
  ASSISTANCE: ['ASSISTANCE_PLAN', 'REINTEGRATION_PLAN', 'CLOSURE'],
  REINTEGRATION: ['REINTEGRATION_PLAN', 'FOLLOW_UP_VISIT', 'CLOSURE'],
  FOLLOW_UP: ['FOLLOW_UP_VISIT', 'CLOSURE'],
  CLOSED: [],
};
const LEGAL: Record<LegalStage, RouteStep[]> = {
  NONE: ['COMPLAINT', 'INVESTIGATION'],
  COMPLAINT: ['INVESTIGATION'],
  INVESTIGATION: ['TRIAL'],
  TRIAL: ['SENTENCE'],
  SENTENCE: [],
};

describe('route state machine', () => {
  it('allows exactly the listed steps at every stage × legal stage × age (every pair checked)', () => {
    for (const stage of ROUTE_STAGES)
      for (const legal of LEGAL_STAGES)
        for (const minor of [false, true]) {
          const main = ADULT_MAIN[stage].filter((s) => !(minor && stage === 'IDENTIFIED' && s === 'ASSISTANCE_PLAN'));
          const expected = stage === 'CLOSED' ? [] : [...main, ...LEGAL[legal]];
          for (const step of ROUTE_STEPS)
            expect(stepAllowed(at(stage, minor, legal), step), `${stage}/${legal}/${minor}/${step}`).toBe(expected.includes(step));
          expect(allowedSteps(at(stage, minor, legal)).sort()).toEqual([...expected].sort());
        }
  });

  it('a minor cannot skip protection; an adult can', () => {
    expect(stepAllowed(at('IDENTIFIED', true), 'ASSISTANCE_PLAN')).toBe(false);
    expect(stepAllowed(at('IDENTIFIED', false), 'ASSISTANCE_PLAN')).toBe(true);
    expect(stepAllowed(at('PROTECTION', true), 'ASSISTANCE_PLAN')).toBe(true);
  });

  it('moves the main stage, or the legal stage, and knows a repeat', () => {
    expect(afterStep(at('REPORTED'), 'SCREENING').stage).toBe('IDENTIFIED');
    expect(afterStep(at('ASSISTANCE'), 'CLOSURE').stage).toBe('CLOSED');
    expect(afterStep(at('ASSISTANCE'), 'TRIAL')).toEqual({ stage: 'ASSISTANCE', legalStage: 'TRIAL', minor: false });
    expect(movesStage(at('ASSISTANCE'), 'ASSISTANCE_PLAN')).toBe(false);
    expect(movesStage(at('ASSISTANCE'), 'REINTEGRATION_PLAN')).toBe(true);
    expect(movesStage(at('ASSISTANCE'), 'COMPLAINT')).toBe(false);
  });

  it('walks the whole route to closure', () => {
    let p = at('REPORTED', true);
    for (const s of [
      'REPORT',
      'SCREENING',
      'PROTECTION_MEASURE',
      'COMPLAINT',
      'ASSISTANCE_PLAN',
      'REINTEGRATION_PLAN',
      'FOLLOW_UP_VISIT',
      'CLOSURE',
    ] as const) {
      expect(stepAllowed(p, s), s).toBe(true);
      p = afterStep(p, s);
    }
    expect(p).toEqual({ stage: 'CLOSED', legalStage: 'COMPLAINT', minor: true });
    expect(allowedSteps(p)).toEqual([]);
  });
});

describe('who records what', () => {
  it('police and prosecutors report and identify; shelters and NGOs assist; child protection protects; IOM everything', () => {
    expect(kindMayRecord('POLICE', 'REPORT')).toBe(true);
    expect(kindMayRecord('PROSECUTOR', 'SCREENING')).toBe(true);
    expect(kindMayRecord('SHELTER', 'SCREENING')).toBe(false);
    expect(kindMayRecord('POLICE', 'ASSISTANCE_PLAN')).toBe(false);
    expect(kindMayRecord('SHELTER', 'ASSISTANCE_PLAN')).toBe(true);
    expect(kindMayRecord('NGO', 'REINTEGRATION_PLAN')).toBe(true);
    expect(kindMayRecord('SHELTER', 'PROTECTION_MEASURE')).toBe(false);
    expect(kindMayRecord('LOCAL_GOVERNMENT', 'PROTECTION_MEASURE')).toBe(true);
    expect(kindMayRecord('COMPANY', 'CLOSURE')).toBe(false);
    expect(kindMayRecord(null, 'REPORT')).toBe(false);
    for (const step of ROUTE_STEPS) expect(kindMayRecord('INTERNATIONAL_ORGANIZATION', step)).toBe(true);
    for (const step of ROUTE_STEPS)
      for (const kind of ['DONOR', 'COMPANY', 'ACADEMIC', 'OTHER']) expect(STEP_KINDS[step]).not.toContain(kind);
  });
});

describe('time limits', () => {
  it('due date is the stage start plus the limit; closed has none; overdue only after the due day', () => {
    expect(stageDueOn('REPORTED', '2026-01-30')).toBe('2026-02-02');
    expect(stageDueOn('ASSISTANCE', '2026-01-01', { ...DEFAULT_STAGE_LIMITS, ASSISTANCE: 10 })).toBe('2026-01-11');
    expect(stageDueOn('CLOSED', '2026-01-01')).toBeNull();
    expect(isOverdue('2026-01-11', '2026-01-11')).toBe(false);
    expect(isOverdue('2026-01-11', '2026-01-12')).toBe(true);
    expect(isOverdue(null, '2026-01-12')).toBe(false);
    expect(daysBetween('2026-02-27', '2026-03-02')).toBe(3);
  });
});
