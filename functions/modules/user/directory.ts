import type { Role } from '@ruta/schema/policy';
import type { AuditRecord } from '#modules/audit/entity';

/** An account as the admin manages it, whichever directory holds it. */
export interface DirectoryUser {
  username: string;
  displayName: string;
  email?: string | null;
  role: Role;
  organizationId?: string | null;
  programIds: string[];
  disabled: boolean;
  createdAt?: string | null;
}

export type UserChanges = Partial<Pick<DirectoryUser, 'displayName' | 'email' | 'role' | 'organizationId' | 'programIds'>>;

/**
 * Where accounts live: Cognito in AWS, the local issuer's table locally. The admin's user screens and
 * the API speak only to this interface. Every change carries its audit event; the local directory
 * writes both in one transaction, Cognito writes the audit event right after the change succeeds.
 */
export interface UserDirectory {
  list(limit: number, cursor: string | null): Promise<{ users: DirectoryUser[]; cursor: string | null }>;
  get(username: string): Promise<DirectoryUser | null>;
  /** Returns the temporary password when the caller must hand it over (locally), null when the directory e-mails it. */
  create(user: DirectoryUser, audit: AuditRecord): Promise<string | null>;
  update(username: string, changes: UserChanges, audit: AuditRecord): Promise<void>;
  setDisabled(username: string, disabled: boolean, audit: AuditRecord): Promise<void>;
  resetPassword(username: string, audit: AuditRecord): Promise<string | null>;
}
