import { createContext } from '#platform/context';
import { Organization } from '#modules/organization/entity';
import { createOrganization } from '#modules/organization/service';
import { createAgreement } from '#modules/partnerAgreement/service';
import { ensureUser } from '#modules/user/service';
import { demoUsers, seedAgreements, seedOrganizations } from './ecuador.ts';

/**
 * Loads the demo program through the ordinary services (validation, transactions, audit events), as
 * the user `seed`. Idempotent: records have fixed ids and a create retried by the same user returns
 * the existing record. Skipped entirely once the last organization exists, so a restart costs one read.
 */
export async function loadDemoData(): Promise<{ loaded: boolean }> {
  const last = seedOrganizations[seedOrganizations.length - 1]!;
  const users = await Promise.all(demoUsers.map((u) => ensureUser(u)));
  const { data } = await Organization.get({ id: last.id }).go();
  if (data) return { loaded: users.some(Boolean) };
  const ctx = createContext(
    { username: 'seed', displayName: 'Demo data', role: 'admin', organizationId: null, programIds: [] },
    'seed',
  );
  for (const o of seedOrganizations.slice(0, -1)) await createOrganization(ctx, o);
  for (const a of seedAgreements) await createAgreement(ctx, a);
  await createOrganization(ctx, last);
  return { loaded: true };
}
