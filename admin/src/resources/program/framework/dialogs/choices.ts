import { INDICATOR_METRICS, INDICATOR_SOURCES, INDICATOR_UNITS } from '@ruta/schema/zod/framework';

/** Enum values from the shared schema, labelled by translation key (inputs translate choices). */
const choices = (type: string, values: readonly string[]) => values.map((id) => ({ id, name: `ruta.enums.${type}.${id}` }));

export const indicatorUnits = choices('IndicatorUnit', INDICATOR_UNITS);
export const indicatorSources = choices('IndicatorSource', INDICATOR_SOURCES);
export const indicatorMetrics = choices('IndicatorMetric', INDICATOR_METRICS);
