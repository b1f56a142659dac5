import { canCall } from '@ruta/schema/policy';
import { TabbedShowLayout, useRecordContext, type TabProps } from 'react-admin';
import { useRole } from '../useRole.ts';
import { AuditTrail } from './AuditTrail.tsx';

/** Whether the signed-in role may read audit events (schema/policy.ts `Query.auditEvents`: admin, staff). */
export function useCanReadHistory(): boolean {
  const role = useRole();
  return role !== undefined && canCall(role, 'Query', 'auditEvents');
}

export interface HistoryTabProps extends Omit<TabProps, 'label' | 'children'> {
  /** The record's GraphQL type (see AuditTrail.tsx for the ids each type's events use). */
  entityType: string;
  /** The tab's label (default "History"). */
  label?: string;
  /** The audit entity id; default: the id of the record in context. */
  entityId?: string;
  /** i18n prefix of the action labels (AuditTrail's `actionKeys`). */
  actionKeys?: string;
}

/**
 * The record's history as the last tab of a TabbedShowLayout, only for the roles that may read the
 * audit (others get no tab at all). Give `path="history"` on the element: TabbedShowLayout reads the
 * path from its direct children. The trail reloads when the record does (after an edit or an action).
 */
export const HistoryTab = ({ entityType, entityId, actionKeys, label = 'ruta.history.title', ...tab }: HistoryTabProps) => {
  const canRead = useCanReadHistory();
  const record = useRecordContext();
  if (!canRead) return null;
  const id = entityId ?? (record?.id == null ? undefined : String(record.id));
  return (
    <TabbedShowLayout.Tab label={label} {...tab}>
      {id && <AuditTrail entityType={entityType} entityId={id} refreshKey={record} actionKeys={actionKeys} />}
    </TabbedShowLayout.Tab>
  );
};

/**
 * The same outside tabs (a section of a page or a dialog): nothing for roles that may not read the audit.
 * @public For the framework's per-node menu and later domains' pages.
 */
export const HistorySection = ({ entityType, entityId }: { entityType: string; entityId: string }) =>
  useCanReadHistory() ? <AuditTrail entityType={entityType} entityId={entityId} /> : null;
