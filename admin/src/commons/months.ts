/**
 * Reporting periods are whole months (the report and the monthly values are kept per YYYY-MM);
 * dates are ISO strings, compared as text.
 */
export interface Period {
  from: string;
  to: string;
}

export interface Quarter extends Period {
  year: number;
  quarter: 1 | 2 | 3 | 4;
}

const pad = (n: number) => String(n).padStart(2, '0');

export function lastDayOfMonth(month: string): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const day = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return `${month}-${pad(day)}`;
}

export const monthOf = (date: string) => date.slice(0, 7);

/** The program's whole months: from the first day of its start month to the last day of its end month. */
export function programPeriod(startDate: string, endDate: string): Period {
  return { from: `${monthOf(startDate)}-01`, to: lastDayOfMonth(monthOf(endDate)) };
}

/**
 * Calendar quarters that overlap the program, each cut to the program's months (a program ending
 * in July has a last quarter of July only), newest first: donors usually want the latest one.
 */
export function quartersOf(startDate: string, endDate: string): Quarter[] {
  const whole = programPeriod(startDate, endDate);
  const out: Quarter[] = [];
  let year = Number(startDate.slice(0, 4));
  let q = Math.floor((Number(startDate.slice(5, 7)) - 1) / 3) + 1;
  for (;;) {
    const first = `${year}-${pad((q - 1) * 3 + 1)}-01`;
    if (first > whole.to) break;
    const last = lastDayOfMonth(`${year}-${pad(q * 3)}`);
    out.push({
      year,
      quarter: q as Quarter['quarter'],
      from: first < whole.from ? whole.from : first,
      to: last > whole.to ? whole.to : last,
    });
    if (q === 4) {
      year += 1;
      q = 1;
    } else q += 1;
  }
  return out.reverse();
}
