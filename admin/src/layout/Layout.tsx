import Api from '@mui/icons-material/Api';
import Assessment from '@mui/icons-material/Assessment';
import { ListItemIcon, ListItemText, MenuItem } from '@mui/material';
import type { ReactNode } from 'react';
import { Layout as RaLayout, Menu, useCanAccess, useTranslate } from 'react-admin';
import { EXPLORER_ROLES } from '../commons/explorer.ts';
import { useRole } from '../commons/useRole.ts';

/** The API explorer is a page of its own (/graphiql), outside the console's router. */
const ExplorerMenuItem = () => {
  const translate = useTranslate();
  const role = useRole();
  if (!role || !EXPLORER_ROLES.includes(role)) return null;
  return (
    <MenuItem component="a" href="/graphiql" target="_blank" rel="noopener">
      <ListItemIcon>
        <Api fontSize="small" />
      </ListItemIcon>
      <ListItemText>{translate('ruta.app.explorer')}</ListItemText>
    </MenuItem>
  );
};

/** The results report is a page, not a resource: shown to the roles the policy lets read it. */
const ReportMenuItem = () => {
  const translate = useTranslate();
  const { canAccess } = useCanAccess({ resource: 'ResultsReport', action: 'list' });
  if (!canAccess) return null;
  return <Menu.Item to="/reports/results" primaryText={translate('ruta.report.menu')} leftIcon={<Assessment />} />;
};

const AppMenu = () => (
  <Menu>
    <Menu.DashboardItem />
    <Menu.ResourceItems />
    <ReportMenuItem />
    <ExplorerMenuItem />
  </Menu>
);

export const Layout = ({ children }: { children: ReactNode }) => <RaLayout menu={AppMenu}>{children}</RaLayout>;
