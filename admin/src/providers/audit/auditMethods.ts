import { runQuery } from '../graphql/request.ts';
import type { AuditEventsQuery } from '../../graphql/generated/graphql.ts';
import { auditEventsQuery } from './documents.ts';

export type AuditEntry = AuditEventsQuery['auditEvents']['nodes'][number];

export interface AuditPage {
  data: AuditEntry[];
  pageInfo: { hasNextPage: boolean; endCursor?: string | null };
}

/** The history screens' custom data-provider method (call it through `useRutaDataProvider()`). */
export const auditMethods = {
  /** A page of one record's audit events, newest first; `after` is the previous page's `endCursor`. */
  async auditEvents(entityType: string, entityId: string, first = 25, after?: string | null): Promise<AuditPage> {
    const { auditEvents } = await runQuery(auditEventsQuery, { entityType, entityId, first, after: after ?? null });
    return { data: auditEvents.nodes, pageInfo: auditEvents.pageInfo };
  },
};

export type AuditMethods = typeof auditMethods;
