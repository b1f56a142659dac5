import { Admin, CustomRoutes, Resource } from 'react-admin';
import { Route } from 'react-router';
import { LoginPage } from './auth/LoginPage.tsx';
import { lazyPage } from './commons/lazyPage.ts';
import { AccessDeniedPage } from './layout/AccessDeniedPage.tsx';
import { Layout } from './layout/Layout.tsx';
import { darkTheme, lightTheme } from './layout/theme.ts';
import { queryClient } from './providers/authAnswers.ts';
import { authProvider } from './providers/authProvider.ts';
import { dataProvider } from './providers/lazyDataProvider.ts';
import { i18nProvider, store } from './providers/i18nProvider.ts';
import activityRecords, { ActivityPeriodsPage } from './resources/activityRecord/index.ts';
import cases, { CaseReadsPage } from './resources/case/index.ts';
import organizations from './resources/organization/index.ts';
import partnerAgreements from './resources/partnerAgreement/index.ts';
import programs from './resources/program/index.ts';
import trainings from './resources/training/index.ts';
import scholarships from './resources/scholarship/index.ts';
import users from './resources/user/index.ts';

const Dashboard = lazyPage(() => import('./dashboard/Dashboard.tsx'), 'Dashboard');
const FrameworkPage = lazyPage(() => import('./resources/program/framework/FrameworkPage.tsx'), 'FrameworkPage');
const ResultsReportPage = lazyPage(() => import('./report/ResultsReportPage.tsx'), 'ResultsReportPage');
const PublicStatisticsPage = lazyPage(() => import('./publicStats/PublicStatisticsPage.tsx'), 'PublicStatisticsPage');

/**
 * No `requireAuth`: with it, an expired stored session makes react-admin's LogoutOnMount navigate
 * to /login over and over for seconds (react-admin 5.15); each page checks auth on its own instead.
 */
export const App = () => (
  <Admin
    disableTelemetry
    queryClient={queryClient}
    title="Ruta"
    dataProvider={dataProvider}
    authProvider={authProvider}
    i18nProvider={i18nProvider}
    store={store}
    dashboard={Dashboard}
    layout={Layout}
    theme={lightTheme}
    darkTheme={darkTheme}
    loginPage={LoginPage}
    accessDenied={AccessDeniedPage}
  >
    <Resource name="Organization" {...organizations} />
    <Resource name="PartnerAgreement" {...partnerAgreements} />
    <Resource name="Training" {...trainings} />
    <Resource name="Scholarship" {...scholarships} />
    <Resource name="ActivityRecord" {...activityRecords}>
      <Route path="periods" element={<ActivityPeriodsPage />} />
    </Resource>
    <Resource name="Program" {...programs}>
      <Route path=":id/framework" element={<FrameworkPage />} />
    </Resource>
    <CustomRoutes>
      <Route path="/reports/results" element={<ResultsReportPage />} />
    </CustomRoutes>
    {/* Public: no layout, no sign-in (the login page links to it). */}
    <CustomRoutes noLayout>
      <Route path="/estadisticas" element={<PublicStatisticsPage />} />
    </CustomRoutes>
    <Resource name="Case" {...cases}>
      <Route path="reads" element={<CaseReadsPage />} />
    </Resource>
    <Resource name="User" {...users} />
  </Admin>
);
