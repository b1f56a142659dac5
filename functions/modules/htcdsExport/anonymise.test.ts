import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { kAnonymise, QUASI_IDENTIFIERS, type QuasiValues, rowsUnderK } from '#modules/htcdsExport/anonymise';
import { quasiValuesOf, toCsv } from '#modules/htcdsExport/htcds';

const person = (over: Partial<QuasiValues> = {}): QuasiValues => ({
  prs_Gender: 'Feminine',
  ruta_AgeBand: 'AGE_18_24',
  prs_Citizenship: 'EC',
  vic_TypeOfExploitation: 'SexualExploitation',
  ruta_Year: '2008',
  vic_LocationOfExploitation: 'EC',
  ...over,
});
const rows = (n: number, over: Partial<QuasiValues> = {}) => Array.from({ length: n }, (_, i) => ({ row: i, values: person(over) }));
const groupSizes = (kept: { values: QuasiValues }[]) => {
  const sizes = new Map<string, number>();
  for (const r of kept) {
    const key = QUASI_IDENTIFIERS.map((q) => r.values[q]).join('|');
    sizes.set(key, (sizes.get(key) ?? 0) + 1);
  }
  return [...sizes.values()];
};

describe('k-anonymity of the HTCDS export', () => {
  it('keeps groups of k or more as they are', () => {
    const r = kAnonymise(rows(11), 11);
    expect(r).toMatchObject({ generalisedRows: 0, droppedRows: 0, steps: [] });
    expect(r.kept.map((k) => k.values)).toEqual(rows(11).map((k) => k.values));
  });

  it('generalises small age-band groups to minor/adult when that makes a group of k', () => {
    const input = [...rows(20), ...rows(6, { ruta_AgeBand: 'AGE_0_11' }), ...rows(5, { ruta_AgeBand: 'AGE_12_17' })];
    const r = kAnonymise(input, 11);
    expect(r.droppedRows).toBe(0);
    expect(r.generalisedRows).toBe(11);
    expect(r.steps).toEqual([{ step: 'AGE_BAND_TO_MINOR_ADULT', rows: 11 }]);
    expect(r.kept.filter((k) => k.values.ruta_AgeBand === 'MINOR')).toHaveLength(11);
    // The large group keeps its detail.
    expect(r.kept.filter((k) => k.values.ruta_AgeBand === 'AGE_18_24')).toHaveLength(20);
  });

  it('folds years into five-year periods and foreign nationalities into OTHER before withholding anything', () => {
    const input = [
      ...rows(4, { ruta_Year: '2006', prs_Citizenship: 'CO' }),
      ...rows(4, { ruta_Year: '2008', prs_Citizenship: 'PE' }),
      ...rows(4, { ruta_Year: '2009', prs_Citizenship: 'VE' }),
    ];
    const r = kAnonymise(input, 11);
    expect(r.droppedRows).toBe(0);
    expect(r.steps.map((s) => s.step)).toEqual(['AGE_BAND_TO_MINOR_ADULT', 'YEAR_TO_PERIOD', 'NATIONALITY_TO_OTHER']);
    expect(new Set(r.kept.map((k) => `${k.values.ruta_Year} ${k.values.prs_Citizenship} ${k.values.ruta_AgeBand}`))).toEqual(
      new Set(['2005-2009 OTHER ADULT']),
    );
  });

  it('drops a row that no generalisation can hide, and says so', () => {
    const r = kAnonymise([...rows(12), { row: 99, values: person({ prs_Gender: 'Masculine', ruta_Year: '2020' }) }], 11);
    expect(r.droppedRows).toBe(1);
    expect(r.kept.map((k) => k.row)).not.toContain(99);
    expect(r.kept).toHaveLength(12);
  });

  it('property: every group of the result has at least k rows, and kept + dropped = input', () => {
    const value = (list: string[]) => fc.constantFrom(...list);
    const quasi = fc.record({
      prs_Gender: value(['Feminine', 'Masculine', 'TransgenderFeminine', 'NonSpecifiedUnknown']),
      ruta_AgeBand: value(['AGE_0_11', 'AGE_12_17', 'AGE_18_24', 'AGE_25_39', 'AGE_40_PLUS', 'UNKNOWN']),
      prs_Citizenship: value(['EC', 'CO', 'PE', 'VE', 'CN', '']),
      vic_TypeOfExploitation: value(['SexualExploitation', 'ForcedLabour', 'ForcedLabour;SexualExploitation', 'ForcedBegging']),
      ruta_Year: value(['2004', '2006', '2008', '2009', '2011', '2015']),
      vic_LocationOfExploitation: value(['EC', 'CO', 'PE', '']),
    });
    let checked = 0;
    fc.assert(
      fc.property(fc.array(quasi, { maxLength: 300 }), fc.integer({ min: 2, max: 15 }), (values, k) => {
        const r = kAnonymise(
          values.map((v, i) => ({ row: i, values: v })),
          k,
        );
        expect(r.kept.length + r.droppedRows).toBe(values.length);
        expect(rowsUnderK(r.kept, k)).toEqual([]);
        for (const size of groupSizes(r.kept)) expect(size).toBeGreaterThanOrEqual(k);
        // Generalised rows are exactly the kept rows whose values changed.
        const changed = r.kept.filter((kept) => QUASI_IDENTIFIERS.some((q) => kept.values[q] !== values[kept.row]![q])).length;
        expect(r.generalisedRows).toBe(changed);
        checked++;
      }),
      { numRuns: 200 },
    );
    expect(checked).toBe(200);
  });
});

describe('HTCDS rows', () => {
  it('maps a case to HTCDS values, sorted and without its code', () => {
    expect(
      quasiValuesOf({
        sex: 'FEMALE',
        ageBand: 'AGE_12_17',
        nationality: 'co',
        exploitationTypes: ['LABOUR', 'SEXUAL', 'ILLICIT_ACTIVITIES', 'OTHER'],
        exploitationPlace: { country: 'EC', provinceCode: '07' },
        dateReported: '2007-12-30',
        dateIdentified: '2008-01-02',
        stage: 'PROTECTION',
      }),
    ).toEqual({
      prs_Gender: 'Feminine',
      ruta_AgeBand: 'AGE_12_17',
      prs_Citizenship: 'CO',
      vic_TypeOfExploitation: 'ForcedLabour;Other;SexualExploitation',
      ruta_Year: '2008',
      vic_LocationOfExploitation: 'EC',
    });
  });

  it('writes a header of HTCDS field names, quotes ; and , safely and defuses formulas', () => {
    const csv = toCsv([{ prs_Gender: '=cmd', vic_TypeOfExploitation: 'a,b', cas_Status: 'Active' }]);
    const [header, line] = csv.split('\r\n');
    expect(header).toBe(
      'prs_Gender,ruta_AgeBand,prs_Citizenship,vic_TypeOfExploitation,ruta_Year,vic_LocationOfExploitation,vic_Methods_of_Control,cas_Status',
    );
    expect(line).toBe(`'=cmd,,,"a,b",,,,Active`);
  });
});
