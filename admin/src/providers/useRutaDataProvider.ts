import { useDataProvider } from 'react-admin';
import type { RutaDataProvider } from './dataProvider.ts';

/**
 * The data provider with our custom methods, typed. Going through react-admin's `useDataProvider`
 * is the point: a rejected call reaches authProvider.checkError, so a 401 logs out here exactly as
 * it does in a list or a form.
 */
export const useRutaDataProvider = (): RutaDataProvider => useDataProvider<RutaDataProvider>();
