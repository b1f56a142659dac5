/** react-query keys of the framework and report reads, so a save can refresh exactly what it changed. */
export const frameworkKeys = {
  program: (programId: string) => ['ruta', 'program', programId] as const,
  programs: () => ['ruta', 'programs'] as const,
  framework: (programId: string) => ['ruta', 'framework', programId] as const,
  report: (programId: string, from: string, to: string) => ['ruta', 'report', programId, from, to] as const,
  reports: (programId: string) => ['ruta', 'report', programId] as const,
  expenditures: (programId: string) => ['ruta', 'expenditures', programId] as const,
};
