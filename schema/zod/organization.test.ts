import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { fieldProblems, validationMessagesEn } from './common.ts';
import { createOrganizationInput, ORGANIZATION_KINDS } from './organization.ts';
import { createPartnerAgreementInput } from './partnerAgreement.ts';

// Whatever a client sends, validation answers with field problems whose keys the admin can translate;
// it never throws and never lets an over-long or blank name through.
describe('input schemas (property-based)', () => {
  it('organization input: every problem has a known key and a path; accepted names are 1–200 trimmed chars', () => {
    fc.assert(
      fc.property(
        fc.record({
          name: fc.oneof(fc.string(), fc.string({ minLength: 190, maxLength: 260 }), fc.constant('   ')),
          kind: fc.oneof(fc.constantFrom(...ORGANIZATION_KINDS), fc.string()),
          country: fc.oneof(fc.constantFrom('EC', 'ec', 'PE'), fc.string()),
          email: fc.oneof(fc.constant(null), fc.emailAddress(), fc.string()),
        }),
        (input) => {
          const r = createOrganizationInput.safeParse(input);
          if (r.success) {
            expect(r.data.name.length).toBeGreaterThan(0);
            expect(r.data.name.length).toBeLessThanOrEqual(200);
            expect(r.data.name).toBe(r.data.name.trim());
            expect(r.data.country).toMatch(/^[A-Z]{2}$/);
          } else {
            for (const p of fieldProblems(r.error, ['input'])) {
              expect(Object.keys(validationMessagesEn)).toContain(p.key);
              expect(p.path).toMatch(/^input\.\w+/);
            }
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it('agreement input: an accepted agreement never ends before it starts and has ≥2 distinct parties', () => {
    const day = fc
      .date({ min: new Date('2000-01-01'), max: new Date('2030-12-31'), noInvalidDate: true })
      .map((d) => d.toISOString().slice(0, 10));
    fc.assert(
      fc.property(day, fc.option(day), fc.array(fc.constantFrom('a', 'b', 'c'), { maxLength: 4 }), (startDate, endDate, partyIds) => {
        const r = createPartnerAgreementInput.safeParse({ kind: 'MOU', title: 'T', status: 'ACTIVE', startDate, endDate, partyIds });
        if (r.success) {
          if (r.data.endDate) expect(r.data.endDate >= r.data.startDate).toBe(true);
          expect(new Set(r.data.partyIds).size).toBe(r.data.partyIds.length);
          expect(r.data.partyIds.length).toBeGreaterThanOrEqual(2);
        }
      }),
      { numRuns: 300 },
    );
  });
});
