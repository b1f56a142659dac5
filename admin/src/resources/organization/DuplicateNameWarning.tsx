import { Alert } from '@mui/material';
import { useEffect, useState } from 'react';
import { Link, useCreatePath, useRecordContext, useTranslate } from 'react-admin';
import { useWatch } from 'react-hook-form';
import { foldText } from '@ruta/schema/search';
import type { NamedOrganization } from '../../providers/graphql/duplicates.ts';
import { useRutaDataProvider } from '../../providers/useRutaDataProvider.ts';

/** Waits for the user to stop typing before asking. */
const DEBOUNCE_MS = 400;

/**
 * "An organization with this name already exists — open it?" under the name, as soon as the name
 * typed is another organization's (case, accents and punctuation ignored). Saving it anyway is
 * refused by the API (CONFLICT NAME_TAKEN, shown on the name input): a name stands for one
 * organization in every picker, list and import, so two of the same name are always a mistake or
 * need a distinguishing word (the city).
 */
export const DuplicateNameWarning = () => {
  const translate = useTranslate();
  const createPath = useCreatePath();
  const dataProvider = useRutaDataProvider();
  const record = useRecordContext<{ id: string; name: string }>();
  const name = (useWatch({ name: 'name' }) as string | undefined) ?? '';
  const [found, setFound] = useState<NamedOrganization | null>(null);
  const folded = foldText(name);
  const own = record ? foldText(record.name) === folded : false;

  useEffect(() => {
    if (!folded || own) {
      setFound(null);
      return;
    }
    let live = true;
    const timer = setTimeout(() => {
      dataProvider
        .organizationsNamed([name])
        .then(({ data }) => live && setFound(data[0] && data[0].id !== record?.id ? data[0] : null))
        .catch(() => live && setFound(null));
    }, DEBOUNCE_MS);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [dataProvider, folded, own, name, record?.id]);

  if (!found) return null;
  return (
    <Alert severity="warning" role="status" sx={{ mb: 1 }}>
      {translate('ruta.duplicates.organization')}{' '}
      <Link to={createPath({ resource: 'Organization', id: found.id, type: 'show' })}>
        {translate('ruta.duplicates.organization_open', { name: found.name })}
      </Link>
      <br />
      {translate('ruta.duplicates.organization_blocked')}
    </Alert>
  );
};
