import { NumberInput, SelectInput } from 'react-admin';
import { MoneyInput } from '#commons/MoneyInput.tsx';

const yesNo = [
  { id: 1, name: 'ruta.framework.yes' },
  { id: 0, name: 'ruta.framework.no' },
];

/**
 * A value in an indicator's unit: money in major units (the form keeps minor units and needs
 * `currency`), yes/no as a choice, counts and percentages as numbers.
 */
export const UnitValueInput = ({
  unit,
  source,
  label,
  isRequired,
}: {
  unit: string | undefined;
  source: string;
  label: string;
  isRequired?: boolean;
}) => {
  if (unit === 'CURRENCY') return <MoneyInput source={source} label={label} isRequired={isRequired} />;
  if (unit === 'YES_NO') return <SelectInput source={source} label={label} choices={yesNo} isRequired={isRequired} />;
  return <NumberInput source={source} label={label} isRequired={isRequired} step={unit === 'PERCENT' ? 0.1 : 1} />;
};
