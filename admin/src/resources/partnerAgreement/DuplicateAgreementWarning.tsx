import { Alert } from '@mui/material';
import { useEffect, useState } from 'react';
import { Link, useCreatePath, useRecordContext, useTranslate } from 'react-admin';
import { useWatch } from 'react-hook-form';
import { foldText } from '@ruta/schema/search';
import { useRutaDataProvider } from '../../providers/useRutaDataProvider.ts';

const DEBOUNCE_MS = 500;

interface Match {
  id: string;
  title: string;
}

const sameParties = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && [...a].sort().join('\n') === [...b].sort().join('\n');

/**
 * "An agreement with this title and these parties already exists — open it?" once title and parties
 * are filled (the list's `titleIs` filter: case, accents and punctuation ignored). Only a warning:
 * the same parties may sign an agreement of the same title again (a renewal), so saving stays possible.
 */
export const DuplicateAgreementWarning = () => {
  const translate = useTranslate();
  const createPath = useCreatePath();
  const dataProvider = useRutaDataProvider();
  const record = useRecordContext<{ id: string }>();
  const title = (useWatch({ name: 'title' }) as string | undefined) ?? '';
  const partyIds = (useWatch({ name: 'partyIds' }) as string[] | undefined) ?? [];
  const [found, setFound] = useState<Match | null>(null);
  const folded = foldText(title);
  const parties = [...partyIds].sort().join('\n');

  useEffect(() => {
    const ids = parties ? parties.split('\n') : [];
    if (!folded || ids.length < 2) {
      setFound(null);
      return;
    }
    let live = true;
    const timer = setTimeout(() => {
      dataProvider
        .getList('PartnerAgreement', {
          filter: { titleIs: title },
          sort: { field: 'title', order: 'ASC' },
          pagination: { page: 1, perPage: 25 },
        })
        .then(({ data }) => {
          if (!live) return;
          const match = data.find((a) => a.id !== record?.id && sameParties(a.partyIds as string[], ids));
          setFound(match ? { id: String(match.id), title: match.title as string } : null);
        })
        .catch(() => live && setFound(null));
    }, DEBOUNCE_MS);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [dataProvider, folded, parties, title, record?.id]);

  if (!found) return null;
  return (
    <Alert severity="warning" role="status" sx={{ mb: 1 }}>
      {translate('ruta.duplicates.agreement')}{' '}
      <Link to={createPath({ resource: 'PartnerAgreement', id: found.id, type: 'show' })}>
        {translate('ruta.duplicates.agreement_open', { title: found.title })}
      </Link>
      <br />
      {translate('ruta.duplicates.agreement_allowed')}
    </Alert>
  );
};
