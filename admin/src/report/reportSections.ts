import type { ReportData, ReportRowData } from '../providers/report/reportMethods.ts';

/** A specific objective with its activities, as the donor's table groups them. */
export interface ReportSection {
  objective: ReportRowData;
  activities: ReportRowData[];
}

const specificOf = (code: string) => code.split('.')[0]!;

/** The overall objective heads the report; specific objectives follow, each with its activities. */
export function reportSections(report: ReportData): { overall?: ReportRowData; sections: ReportSection[] } {
  const overall = report.rows.find((r) => r.level === 'OVERALL');
  const sections: ReportSection[] = [];
  for (const row of report.rows) {
    if (row.level === 'SPECIFIC') sections.push({ objective: row, activities: [] });
    else if (row.level === 'ACTIVITY') {
      const section = sections.find((s) => s.objective.code === specificOf(row.code));
      if (section) section.activities.push(row);
      else sections.push({ objective: row, activities: [] }); // an activity whose objective is gone still counts
    }
  }
  return { overall, sections };
}

/** Per specific objective: planned budget and executed cost, for the charts. */
export function objectiveFigures(report: ReportData) {
  const rows = report.rows
    .filter((r) => r.level === 'SPECIFIC')
    .map((r) => ({ label: r.code, title: r.title, planned: r.planned, executed: r.cost }));
  const others = report.otherCosts.map((c) => ({ label: c.label, title: c.label, planned: c.planned, executed: c.cost }));
  return [...rows, ...others];
}
