import { Box, Card, CardActions, CardContent, Typography } from '@mui/material';
import type { ReactNode } from 'react';
import { Button, CreateButton, Link, Title, useCanAccess, useGetIdentity, useGetOne, useTranslate } from 'react-admin';
import { EXPLORER_ROLES } from '../commons/explorer.ts';
import { DonorPrograms } from './DonorPrograms.tsx';
import { ProgramDashboard } from './ProgramDashboard.tsx';

interface TileProps {
  title: string;
  text: string;
  to: string;
  external?: boolean;
  children?: ReactNode;
}

const Tile = ({ title, text, to, external, children }: TileProps) => (
  <Card sx={{ flex: '1 1 280px' }}>
    <CardContent>
      <Typography variant="h6">{title}</Typography>
      <Typography variant="body2" color="text.secondary">
        {text}
      </Typography>
    </CardContent>
    <CardActions>
      {external ? (
        <Button component="a" href={to} label="ruta.dashboard.open" />
      ) : (
        <Button component={Link} to={to} label="ruta.dashboard.open" />
      )}
      {children}
    </CardActions>
  </Card>
);

/** A resource's tile, shown to roles that may list it, with a create button for those who may create. */
const ResourceTile = ({ resource, ...props }: Omit<TileProps, 'to'> & { resource: string }) => {
  const { canAccess } = useCanAccess({ resource, action: 'list' });
  if (!canAccess) return null;
  return (
    <Tile {...props} to={`/${resource}`}>
      <CreateButton resource={resource} />
    </Tile>
  );
};

/** Partners see what their organization signed; donors also the sub-awards of the programs they fund. */
function agreementsText(role: string | undefined): string {
  if (role === 'donor') return 'ruta.dashboard.agreements_donor';
  if (role === 'partner') return 'ruta.dashboard.agreements_own';
  return 'ruta.dashboard.agreements';
}

/** Who you are, and where to go. */
export const Dashboard = () => {
  const translate = useTranslate();
  const { identity } = useGetIdentity();
  const organizationId = identity?.organizationId as string | undefined;
  const { data: organization } = useGetOne('Organization', { id: organizationId ?? '' }, { enabled: !!organizationId });
  const role = identity?.role as string | undefined;
  let line: ReactNode = null;
  if (organization) {
    line = (
      <>
        <Typography>{translate('ruta.dashboard.organization', { name: organization.name })}</Typography>
        <Typography color="text.secondary">
          {translate('ruta.dashboard.party_to', { smart_count: organization.agreementCount ?? 0 })}
        </Typography>
      </>
    );
  }
  return (
    <Box sx={{ mt: 2 }}>
      <Title title={translate('ra.page.dashboard')} />
      <Card sx={{ mb: 2 }}>
        <CardContent>
          <Typography variant="h5" component="h2" gutterBottom>
            {translate('ruta.dashboard.welcome', { name: identity?.fullName ?? '' })}
          </Typography>
          {role && <Typography>{translate('ruta.dashboard.role', { role: translate(`ruta.enums.Role.${role}`) })}</Typography>}
          {line}
        </CardContent>
      </Card>
      {role === 'donor' && <DonorPrograms />}
      {role !== 'donor' && <ProgramDashboard />}
      <Box sx={{ display: 'flex', gap: 2, flexWrap: 'wrap' }}>
        <ResourceTile
          resource="Organization"
          title={translate('resources.Organization.name', { smart_count: 2 })}
          text={translate('ruta.dashboard.organizations')}
        />
        <ResourceTile
          resource="PartnerAgreement"
          title={translate('resources.PartnerAgreement.name', { smart_count: 2 })}
          text={translate(agreementsText(role))}
        />
        {role && EXPLORER_ROLES.includes(role) && (
          <Tile external to="/graphiql" title={translate('ruta.app.explorer')} text={translate('ruta.dashboard.explorer')} />
        )}
      </Box>
    </Box>
  );
};
