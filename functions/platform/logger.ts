import { Logger } from '@aws-lambda-powertools/logger';

/**
 * Structured logs. Only ids, roles and codes are logged — never field values, which may hold personal
 * data of victims or contacts.
 */
export const logger = new Logger({ serviceName: 'ruta-api' });
