import { DateField, useLocaleState, type DateFieldProps } from 'react-admin';

/** DateField in the console's language rather than the browser's (15/1/2009 in Spanish). */
export const LocaleDateField = (props: DateFieldProps) => {
  const [locale] = useLocaleState();
  return <DateField locales={locale} {...props} />;
};
