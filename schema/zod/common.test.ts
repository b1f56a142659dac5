import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type * as z from 'zod';
import {
  anyId,
  DATE_MAX,
  DATE_MIN,
  fieldProblems,
  id,
  isIdShape,
  isoDate,
  measure,
  money,
  MONEY_MAX,
  MONEY_TOTAL_MAX,
  moneyTotalFits,
  optionalText,
  period,
  positiveMoney,
  scopedId,
  text,
  textOrEmpty,
  validationMessagesEn,
  whenValid,
} from './common.ts';
import { createOrganizationInput } from './organization.ts';
import { createProgramInput } from './program.ts';
import { createIndicatorInput, fitsUnit, observationInput, recordExpenditureInput, unitProblem } from './framework.ts';
import { createPartnerAgreementInput } from './partnerAgreement.ts';
import { createUserInput } from './user.ts';

const keys = (schema: z.ZodType, value: unknown) => {
  const r = schema.safeParse(value);
  return r.success ? [] : fieldProblems(r.error).map((p) => p.key);
};

describe('free text: one normalisation (issue 8.6)', () => {
  it.each([
    ['NUL', 'Fundación\u0000'],
    ['BEL', 'a\u0007b'],
    ['DEL', 'a\u007Fb'],
    ['a C1 control', 'a\u0085b'],
    ['RIGHT-TO-LEFT OVERRIDE', 'Quito\u202Egnp.exe'],
    ['LEFT-TO-RIGHT EMBEDDING', '\u202AQuito'],
    ['a bidi isolate', 'Quito\u2067x\u2069'],
    ['a lone high surrogate', 'Quito\uD800'],
    ['a lone low surrogate', '\uDC00Quito'],
    ['a noncharacter', 'Quito\uFFFF'],
  ])('refuses %s as invalid_characters, required or optional', (_, value) => {
    expect(keys(text(200), value)).toEqual(['validation.invalid_characters']);
    expect(keys(optionalText(200), value)).toEqual(['validation.invalid_characters']);
    expect(keys(text(4000, { multiline: true }), value)).toEqual(['validation.invalid_characters']);
  });

  it.each([
    ['spaces', '   '],
    ['zero-width spaces only', '\u200B\u200B'],
    ['zero-width joiners and marks only', '\u200C\u200D\u200E\u200F'],
    ['a byte order mark and ideographic spaces', '\uFEFF\u3000\u00A0'],
    ['line breaks and tabs', '\r\n\t\n'],
  ])('treats %s as blank: required for text, null for optionalText', (_, value) => {
    expect(keys(text(200), value)).toEqual(['validation.required']);
    expect(optionalText(200).parse(value)).toBeNull();
    expect(textOrEmpty(200).parse(value)).toBe('');
  });

  it('composes to NFC, so the same word has one spelling and one length', () => {
    const decomposed = 'Fundacio\u0301n';
    expect(text(200).parse(decomposed)).toBe('Fundación');
    expect(text(9).parse(decomposed)).toHaveLength(9);
  });

  it('removes zero-width spaces inside, keeps joiners and direction marks that scripts and emoji need', () => {
    expect(text(200).parse('Nuestros\u200BJóvenes')).toBe('NuestrosJóvenes');
    expect(text(200).parse('👩\u200D👧')).toBe('👩\u200D👧');
    expect(text(200).parse('مرحبا\u200F Quito')).toBe('مرحبا\u200F Quito');
    expect(text(200).parse('  \u200BQuito\u200D ')).toBe('Quito');
  });

  it('one-line text turns tabs and line breaks into spaces; multi-line keeps them as \\n', () => {
    expect(text(200).parse('Ana\tMaría\r\nPérez')).toBe('Ana María Pérez');
    expect(text(200, { multiline: true }).parse('line 1\r\nline 2\rline 3\u2028line 4')).toBe('line 1\nline 2\nline 3\nline 4');
    expect(optionalText(200, { multiline: true }).parse('\n a\tb \n')).toBe('a\tb');
  });

  it('counts the limit after normalising', () => {
    expect(keys(text(3), '  abc\u200B  ')).toEqual([]);
    expect(keys(text(3), 'abcd')).toEqual(['validation.too_long']);
  });

  it('property: accepted text is NFC, trimmed, well-formed and free of refused characters; anything else is a known key', () => {
    const nasty = fc.constantFrom(
      '\u0000',
      '\u0007',
      '\u202E',
      '\u2066',
      '\uD800',
      '\uDFFF',
      '\u200B',
      '\u200D',
      '\uFEFF',
      '\r\n',
      '\t',
      'e\u0301',
      ' ',
      '\u00A0',
      '😀',
      'ñ',
      'ا',
    );
    const input = fc
      .array(fc.oneof(fc.string({ unit: 'grapheme' }), fc.string({ unit: 'binary' }), nasty), { maxLength: 8 })
      .map((a) => a.join(''));
    fc.assert(
      fc.property(input, fc.boolean(), (value, multiline) => {
        const r = text(300, { multiline }).safeParse(value);
        if (r.success) {
          const s = r.data;
          expect(s.length).toBeGreaterThan(0);
          expect(s.length).toBeLessThanOrEqual(300);
          expect(s).toBe(s.normalize('NFC'));
          expect(s).toBe(s.trim());
          // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what the rule refuses
          expect(s).not.toMatch(/[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069\u200B\u2060\uFEFF]/);
          expect(s).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/);
          if (!multiline) expect(s).not.toMatch(/[\n\t]/);
          // Normalising is idempotent: the stored value passes unchanged.
          expect(text(300, { multiline }).parse(s)).toBe(s);
        } else {
          for (const p of fieldProblems(r.error)) expect(Object.keys(validationMessagesEn)).toContain(p.key);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('is what every free-text field of the domain schemas uses', () => {
    const org = createOrganizationInput.safeParse({ name: '\u200B', kind: 'NGO', country: 'EC', city: 'Quito\u202E', notes: 'a\u0000' });
    expect(
      org.success
        ? []
        : fieldProblems(org.error)
            .map((p) => `${p.path} ${p.key}`)
            .sort(),
    ).toEqual(['city validation.invalid_characters', 'name validation.required', 'notes validation.invalid_characters']);
    expect(observationInput.parse({ programId: 'p', objectiveCode: '1', period: '2010-01', text: ' \u200B ' }).text).toBe('');
  });
});

describe('dates: a sane range everywhere (issue 8.7)', () => {
  it.each(['0000-01-01', '1899-12-31', '2101-01-01', '9999-12-31'])('refuses %s', (d) => {
    expect(keys(isoDate, d)).toEqual(['validation.date_range']);
    const r = isoDate.safeParse(d);
    expect(!r.success && fieldProblems(r.error)[0]!.message).toBe(`Use a date between ${DATE_MIN} and ${DATE_MAX}`);
  });
  it.each([DATE_MIN, '2008-02-29', DATE_MAX])('accepts %s', (d) => expect(isoDate.parse(d)).toBe(d));
  it('refuses impossible calendar dates and months outside the range', () => {
    expect(keys(isoDate, '2009-02-29')).toEqual(['validation.invalid_date']);
    expect(keys(period, '0000-01')).toEqual(['validation.date_range']);
    expect(keys(period, '2010-13')).toEqual(['validation.period']);
    expect(period.parse('2010-12')).toBe('2010-12');
  });
  it('applies to the dates of every domain schema', () => {
    const r = recordExpenditureInput.safeParse({ budgetLineId: 'p~b', date: '9999-12-31', amount: 1 });
    expect(!r.success && fieldProblems(r.error, ['input']).map((p) => `${p.path} ${p.key}`)).toEqual(['input.date validation.date_range']);
  });
});

describe('ids: one shape (issue 8.2)', () => {
  it.each(['org-usaid', 'a', '0f8fa3c4-1f1e-4b61-8f6e-0a3f0f0a0a0a', 'x'.repeat(64)])('plain id %s', (v) => {
    expect(id.parse(v)).toBe(v);
    expect(isIdShape(v)).toBe(true);
  });
  it.each(['prog-ec~1.2', 'prog-ec~2011-02-10~0f8fa3c4', 'prog-ec~1.2~2011-02'])('scoped id %s', (v) => {
    expect(scopedId.parse(v)).toBe(v);
    expect(anyId.parse(v)).toBe(v);
    expect(isIdShape(v)).toBe(true);
  });
  it.each([
    ['empty', ''],
    ['over-long', 'x'.repeat(65)],
    ['thousands of characters', 'a'.repeat(5000)],
    ['a space', 'org usaid'],
    ['padded', ' org '],
    ['a slash', 'org/usaid'],
    ['a hash (our key separator)', 'org#1'],
    ['unicode', 'orgñ'],
    ['NUL', 'org\u0000'],
    ['a tilde (plain ids have one segment)', 'p~1'],
  ])('refuses a plain id with %s', (_, v) => {
    expect(keys(id, v).length).toBeGreaterThan(0);
  });
  it.each([
    ['one segment', 'prog'],
    ['an empty segment', 'prog~~1'],
    ['a trailing tilde', 'prog~'],
    ['too many segments', 'a~b~c~d~e'],
    ['a dot in the program id', 'p.1~x'],
    ['a segment over 64', `p~${'x'.repeat(65)}`],
    ['over 200 characters', `${'p'.repeat(64)}~${'x'.repeat(64)}~${'y'.repeat(64)}~zzzzzzzzz`],
  ])('refuses a scoped id with %s', (_, v) => {
    expect(keys(scopedId, v)).toEqual(expect.arrayContaining(['validation.invalid_id']));
    if (v.length > 200) expect(isIdShape(v)).toBe(false);
  });
  it('property: whatever passes isIdShape fits a DynamoDB sort key several times over and is printable ASCII', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (v) => {
        if (isIdShape(v)) {
          expect(Buffer.byteLength(v)).toBeLessThanOrEqual(200);
          expect(v).toMatch(/^[\x21-\x7e]+$/);
        }
      }),
      { numRuns: 1000 },
    );
  });
});

describe('money: a ceiling per amount that keeps every report figure a SafeInt (issue 8.4)', () => {
  it('refuses an amount over MONEY_MAX, a fraction and a negative everywhere money is entered', () => {
    expect(keys(money, MONEY_MAX + 1)).toEqual(['validation.too_large']);
    expect(keys(money, Number.MAX_SAFE_INTEGER)).toEqual(['validation.too_large']);
    expect(keys(money, 1.5)).toEqual(['validation.invalid']);
    expect(keys(money, -1)).toEqual(['validation.not_negative']);
    expect(keys(positiveMoney, 0)).toEqual(['validation.positive']);
    expect(money.parse(MONEY_MAX)).toBe(MONEY_MAX);
    const r = recordExpenditureInput.safeParse({ budgetLineId: 'p~b', date: '2010-01-01', amount: Number.MAX_SAFE_INTEGER });
    expect(!r.success && fieldProblems(r.error)[0]).toMatchObject({
      path: 'amount',
      key: 'validation.too_large',
      params: { max: MONEY_MAX },
    });
    const p = createProgramInput.safeParse({
      name: 'P',
      country: 'EC',
      donorIds: ['d'],
      implementerId: 'i',
      startDate: '2009-01-01',
      originalEndDate: '2011-01-01',
      currency: 'USD',
      adminFeeRateBps: 700,
      originalDeclaredTotal: MONEY_MAX * 2,
    });
    expect(!p.success && fieldProblems(p.error).map((x) => x.key)).toEqual(['validation.too_large']);
  });

  it('indicator values are finite and bounded, so percentages never overflow to Infinity', () => {
    expect(keys(measure, 1e308)).toEqual(['validation.too_large']);
    expect(keys(measure, -1e308)).toEqual(['validation.too_large']);
    expect(measure.parse(12.5)).toBe(12.5);
    // Found by the bad-input property test: DynamoDB refuses 5e-324 ("Number underflow") → a 500.
    expect(keys(measure, Number.MIN_VALUE)).toEqual(['validation.invalid']);
    expect(keys(measure, -1e-7)).toEqual(['validation.invalid']);
    expect(measure.parse(0.000001)).toBe(0.000001);
    expect(measure.parse(0)).toBe(0);
  });

  it('proof: with totals ≤ MONEY_TOTAL_MAX and amounts ≤ MONEY_MAX, subtotal, admin fee, total and difference are SafeInts', () => {
    // The report's arithmetic (functions/modules/report): fee = round(subtotal × bps / 10 000), bps ≤ 10 000.
    const figures = (subtotal: number, bps: number, declared: number) => {
      const fee = Math.round((subtotal * bps) / 10_000);
      const total = subtotal + fee;
      return [subtotal, fee, total, declared - total];
    };
    // The extreme corner first, then random points inside the bounds.
    for (const f of figures(MONEY_TOTAL_MAX, 10_000, 0)) expect(Number.isSafeInteger(f)).toBe(true);
    for (const f of figures(MONEY_TOTAL_MAX, 10_000, MONEY_MAX)) expect(Number.isSafeInteger(f)).toBe(true);
    expect(2 * MONEY_TOTAL_MAX + MONEY_MAX).toBeLessThanOrEqual(Number.MAX_SAFE_INTEGER);
    // (subtotal × bps can pass 2^53 before the division: the fee is still a SafeInt, but an exact fee needs
    // BigInt or dividing first — the report service's business, noted for it.)
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: MONEY_TOTAL_MAX }),
        fc.integer({ min: 0, max: 10_000 }),
        fc.integer({ min: 0, max: MONEY_MAX }),
        (subtotal, bps, declared) => {
          for (const f of figures(subtotal, bps, declared)) expect(Number.isSafeInteger(f)).toBe(true);
        },
      ),
      { numRuns: 2000 },
    );
    // 4,000 amounts at the ceiling are within the total; the issue's case (two amounts at 2^53 − 1) is refused per amount.
    expect(moneyTotalFits(4_000 * MONEY_MAX)).toBe(true);
    expect(moneyTotalFits(4_001 * MONEY_MAX)).toBe(false);
    expect(moneyTotalFits(MONEY_TOTAL_MAX + 1)).toBe(false);
  });
});

describe('cross-field rules report with the other problems, in one round (issue 9.6)', () => {
  const problems = (schema: z.ZodType, value: unknown) => {
    const r = schema.safeParse(value);
    return r.success ? [] : fieldProblems(r.error).map((p) => `${p.path}:${p.key}`);
  };
  const agreement = {
    kind: 'MOU',
    title: 'Convenio',
    partyIds: ['org-a', 'org-b'],
    startDate: '2024-05-10',
    endDate: '2024-05-01',
    status: 'DRAFT',
  };

  it('an agreement: end before start together with a missing title and a value without currency', () => {
    expect(problems(createPartnerAgreementInput, { ...agreement, title: '', value: 100, currency: '' }).sort()).toEqual([
      'currency:validation.currency_required',
      'endDate:validation.end_before_start',
      'title:validation.required',
    ]);
  });

  it('a program: end before start together with a bad fee and a missing name', () => {
    expect(
      problems(createProgramInput, {
        name: ' ',
        country: 'EC',
        donorIds: ['org-usaid'],
        implementerId: 'org-oim',
        startDate: '2024-05-10',
        originalEndDate: '2024-05-01',
        currency: 'USD',
        adminFeeRateBps: 15_000,
        originalDeclaredTotal: 1,
      }).sort(),
    ).toEqual(['adminFeeRateBps:validation.rate_range', 'name:validation.required', 'originalEndDate:validation.end_before_start']);
  });

  it('a partner user without organization is told so while the name is missing too', () => {
    expect(problems(createUserInput, { username: 'ana', displayName: '', role: 'PARTNER', programIds: ['p'] }).sort()).toEqual([
      'displayName:validation.required',
      'organizationId:validation.required',
    ]);
  });

  it('a rule whose own fields fail does not run on them (no second, misleading problem)', () => {
    expect(problems(createPartnerAgreementInput, { ...agreement, endDate: '2024-02-30' })).toEqual(['endDate:validation.invalid_date']);
    expect(problems(createPartnerAgreementInput, { ...agreement, endDate: '2024-06-01', value: 5, currency: 'US' })).toEqual([
      'currency:validation.invalid_currency',
    ]);
  });

  it('whenValid: runs when the named fields have no problem, whatever else failed', () => {
    const check = whenValid('a', 'b').when;
    const payload = (issues: { path?: PropertyKey[] }[], value: unknown = {}) => ({ value, issues }) as never;
    expect(check(payload([]))).toBe(true);
    expect(check(payload([{ path: ['c'] }, { path: ['c', 0] }]))).toBe(true);
    expect(check(payload([{ path: ['b', 1] }]))).toBe(false);
    expect(check(payload([{ path: [] }]))).toBe(false);
    expect(check(payload([], 'not an object'))).toBe(false);
    expect(check(payload([], null))).toBe(false);
  });
});

describe('an indicator value out of its unit says what fits (issue 9.6)', () => {
  it.each([
    ['PERCENT', 150, { key: 'validation.percent_range', params: { min: 0, max: 100 } }],
    ['PERCENT', -1, { key: 'validation.percent_range', params: { min: 0, max: 100 } }],
    ['COUNT', 2.5, { key: 'validation.whole_number' }],
    ['CURRENCY', -3, { key: 'validation.not_negative' }],
    ['YES_NO', 2, { key: 'validation.unit_value' }],
  ] as const)('%s %d', (unit, value, expected) => {
    expect(fitsUnit(unit, value)).toBe(false);
    expect(unitProblem(unit, value)).toEqual(expected);
  });

  it('the shared schema sends the range as parameters, next to the other problems', () => {
    const r = createIndicatorInput.safeParse({
      programId: 'p',
      objectiveCode: '1',
      name: '',
      unit: 'PERCENT',
      target: 150,
      source: 'MANUAL',
    });
    expect(r.success).toBe(false);
    expect(fieldProblems(r.error!).map(({ path, key, params, message }) => ({ path, key, params, message }))).toEqual([
      { path: 'name', key: 'validation.required', params: undefined, message: 'Required' },
      { path: 'target', key: 'validation.percent_range', params: { min: 0, max: 100 }, message: 'Must be between 0 and 100 %' },
    ]);
  });
});
