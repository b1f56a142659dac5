import Api from '@mui/icons-material/Api';
import Assessment from '@mui/icons-material/Assessment';
import { ListItemIcon, ListItemText, MenuItem } from '@mui/material';
import { ThemeProvider } from '@mui/material/styles';
import { visuallyHidden } from '@mui/utils';
import { type ReactNode, useMemo } from 'react';
import { AppBar, type AppBarProps, Layout as RaLayout, Menu, UserMenu, useCanAccess, useGetIdentity, useTranslate } from 'react-admin';
import { EXPLORER_ROLES } from '../commons/explorer.ts';
import { withFormDefaults } from '../commons/formDefaults.tsx';
import { useRole } from '../commons/useRole.ts';
import { PageTitle } from './PageTitle.tsx';
import { LOADING_LABEL_ID } from './theme.ts';

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

/** The user button shows the user's name, so its accessible name says it too (voice control: "click Paula"). */
const AppUserMenu = () => {
  const translate = useTranslate();
  const { identity } = useGetIdentity();
  const name = identity?.fullName;
  return <UserMenu label={name ? translate('ruta.app.user_menu', { name }) : 'ra.auth.user_menu'} />;
};

const RutaAppBar = (props: AppBarProps) => (
  <AppBar {...props} userMenu={<AppUserMenu />}>
    <PageTitle />
  </AppBar>
);

/** Names every progress indicator (the theme points them here), in the console's language. */
export const LoadingLabel = () => {
  const translate = useTranslate();
  return (
    <span id={LOADING_LABEL_ID} style={visuallyHidden}>
      {translate('ra.page.loading')}
    </span>
  );
};

/** Every page inside the console gets the forms' and fields' defaults (commons/formDefaults.tsx). */
export const Layout = ({ children }: { children: ReactNode }) => {
  const translate = useTranslate();
  const defaults = useMemo(() => withFormDefaults(translate), [translate]);
  return (
    <ThemeProvider theme={defaults}>
      {/* The app bar stays on screen (it holds the page's h1): no scroll position read while the console
          first renders, which forced a layout in the middle of it (issue 14, TBT). */}
      <RaLayout menu={AppMenu} appBar={RutaAppBar} appBarAlwaysOn>
        <LoadingLabel />
        {children}
      </RaLayout>
    </ThemeProvider>
  );
};
