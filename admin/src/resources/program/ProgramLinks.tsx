import AccountTree from '@mui/icons-material/AccountTree';
import Assessment from '@mui/icons-material/Assessment';
import type { MouseEvent } from 'react';
import { Button, Link, useCanAccess, useRecordContext } from 'react-admin';

/** In a list row the buttons must not also open the row's show page. */
const stopRowClick = (e: MouseEvent<HTMLElement>) => e.stopPropagation();

export const frameworkPath = (programId: string) => `/Program/${encodeURIComponent(programId)}/framework`;
export const reportPath = (programId: string) => `/reports/results?program=${encodeURIComponent(programId)}`;

/** Opens the program's results framework (read-only for donors and partners). */
export const FrameworkButton = ({ programId }: { programId?: string }) => {
  const record = useRecordContext<{ id: string }>();
  const id = programId ?? record?.id;
  const { canAccess } = useCanAccess({ resource: 'Framework', action: 'show' });
  if (!id || !canAccess) return null;
  return (
    <Button component={Link} to={frameworkPath(id)} label="resources.Program.actions.framework" onClick={stopRowClick}>
      <AccountTree />
    </Button>
  );
};

/** Opens the results-by-objective report of the program, for the roles that may read it. */
export const ReportButton = ({ programId }: { programId?: string }) => {
  const record = useRecordContext<{ id: string }>();
  const id = programId ?? record?.id;
  const { canAccess } = useCanAccess({ resource: 'ResultsReport', action: 'list' });
  if (!id || !canAccess) return null;
  return (
    <Button component={Link} to={reportPath(id)} label="resources.Program.actions.report" onClick={stopRowClick}>
      <Assessment />
    </Button>
  );
};
