/**
 * The access policy: per GraphQL type and field, which role may read it and in which scope; per
 * Query/Mutation field, which role may call it. The server enforces it (functions/platform/policy)
 * and the admin's canAccess reads it, so the two cannot drift. A test walks the SDL and fails when
 * a field has no rule here, or when an @personal field is readable by a donor.
 *
 * Scopes: 'all' — every record; 'own' — records of the caller's own organization (what "own" means
 * for a type is the `owner` function the server registers for it: an organization is its own owner,
 * an agreement is owned by each of its parties). A role absent from a rule has no access.
 */
export const ROLES = ['admin', 'staff', 'caseworker', 'partner', 'donor'] as const;
export type Role = (typeof ROLES)[number];
export type Scope = 'all' | 'own';
export type Rule = Readonly<Partial<Record<Role, Scope>>>;

const everyone: Rule = { admin: 'all', staff: 'all', caseworker: 'all', partner: 'all', donor: 'all' };
const signedIn = everyone;
const programTeam: Rule = { admin: 'all', staff: 'all' };
const auditors: Rule = { admin: 'all', staff: 'all' };
/** Personal data of an organization's contact: program team and case workers; a partner only for its own. */
const contactData: Rule = { admin: 'all', staff: 'all', caseworker: 'all', partner: 'own' };
/** Agreements: the program sees all; partners and donors only those their organization is party to. */
const agreementReaders: Rule = { admin: 'all', staff: 'all', caseworker: 'all', partner: 'own', donor: 'own' };

function fields<const K extends string>(rule: Rule, names: readonly K[]): Record<K, Rule> {
  return Object.fromEntries(names.map((n) => [n, rule])) as Record<K, Rule>;
}

export const policy = {
  Query: {
    me: signedIn,
    auditEvents: auditors,
    organization: everyone,
    organizations: everyone,
    organizationsByIds: everyone,
    partnerAgreement: agreementReaders,
    partnerAgreements: agreementReaders,
  },
  Mutation: {
    _noop: programTeam,
    createOrganization: programTeam,
    updateOrganization: programTeam,
    deleteOrganization: programTeam,
    createPartnerAgreement: programTeam,
    updatePartnerAgreement: programTeam,
    deletePartnerAgreement: programTeam,
  },
  Viewer: fields(signedIn, ['username', 'displayName', 'role', 'organizationId', 'organization']),
  PageInfo: fields(everyone, ['hasNextPage', 'endCursor']),
  DeletedRecord: fields(everyone, ['id']),
  AuditEvent: fields(auditors, [
    'id', 'at', 'actor', 'actorRole', 'actorOrganizationId', 'action', 'entityType', 'entityId',
    'versionBefore', 'versionAfter',
  ]),
  AuditEventConnection: fields(auditors, ['nodes', 'pageInfo']),
  Organization: {
    ...fields(everyone, [
      'id', 'name', 'acronym', 'kind', 'country', 'province', 'city', 'notes', 'agreementCount',
      'version', 'createdAt', 'updatedAt',
    ]),
    ...fields(contactData, ['contactPerson', 'email', 'phone']),
  },
  OrganizationConnection: fields(everyone, ['nodes', 'pageInfo']),
  PartnerAgreement: fields(agreementReaders, [
    'id', 'kind', 'title', 'partyIds', 'parties', 'signedOn', 'startDate', 'endDate', 'status', 'value',
    'currency', 'purpose', 'objectiveCodes', 'version', 'createdAt', 'updatedAt',
  ]),
  // A connection only wraps records; each record is checked on its own fields.
  PartnerAgreementConnection: fields(everyone, ['nodes', 'pageInfo']),
} as const satisfies Record<string, Record<string, Rule>>;

export type PolicyType = keyof typeof policy;

/** The scope a role has on a type's field or an operation, or undefined when it has none. */
export function scopeOf(role: Role, type: string, field: string): Scope | undefined {
  const rules = (policy as Record<string, Record<string, Rule>>)[type];
  return rules?.[field]?.[role];
}

/** True when the role may call the operation at all (the admin uses this to show menus and buttons). */
export function canCall(role: Role, operation: 'Query' | 'Mutation', field: string): boolean {
  return scopeOf(role, operation, field) !== undefined;
}
