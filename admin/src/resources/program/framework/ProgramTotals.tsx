import { Typography } from '@mui/material';
import { memo } from 'react';
import { useLocaleState, useTranslate } from 'react-admin';
import { formatMoney } from '#commons/money.ts';
import { useFramework } from './FrameworkContext.tsx';
import { type Figures, programTotals } from './frameworkTree.ts';
import { LightTable, visuallyHidden } from './LightTable.tsx';

/**
 * The program's total as the results report counts it: the objectives (the overall objective's
 * roll-up), the lines outside them, and their sum — the report's direct-cost subtotal. Without this
 * row the overall objective looked like the program's total and fell short of the report by the
 * lines outside the objectives.
 */
export const ProgramTotals = memo(() => {
  const { program, framework, report } = useFramework();
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const totals = programTotals(framework, report);
  const money = (minor: number | undefined) => (minor === undefined ? '—' : formatMoney(minor, program.currency, locale));
  const t = (key: string) => translate(`ruta.framework.totals.${key}`);
  const row = (key: 'objectives' | 'outside' | 'program', f: Figures) => (
    <tr key={key} data-total={key} className={key === 'program' ? 'strong' : undefined}>
      <th scope="row">{t(key)}</th>
      <td className="num">{money(f.planned)}</td>
      {report && <td className="num">{money(f.executed)}</td>}
    </tr>
  );
  return (
    <>
      <LightTable aria-label={t('table')} sx={{ maxWidth: 720, my: 0 }}>
        <thead>
          <tr>
            <th scope="col">
              <span style={visuallyHidden}>{t('title')}</span>
            </th>
            <th scope="col" className="num">
              {translate('ruta.framework.columns.planned')}
            </th>
            {report && (
              <th scope="col" className="num">
                {translate('ruta.framework.columns.executed')}
              </th>
            )}
          </tr>
        </thead>
        <tbody>
          {row('objectives', totals.objectives)}
          {row('outside', totals.outside)}
          {row('program', totals.program)}
        </tbody>
      </LightTable>
      {report && (
        <Typography variant="caption" color="text.secondary">
          {t('note')}
        </Typography>
      )}
    </>
  );
});
