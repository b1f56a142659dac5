/**
 * The access policy: per GraphQL type and field, which role may read it and in which scope; per
 * Query/Mutation field, which role may call it. The server enforces it (functions/platform/policy)
 * and the admin's canAccess reads it, so the two cannot drift. A test walks the SDL and fails when
 * a field has no rule here, or when an @personal field is readable by a donor.
 *
 * Scopes: 'all' — every record; 'own' — records of the caller's own organization (what "own" means
 * for a type is the `owner` function the server registers for it: an organization is its own owner,
 * an agreement is owned by each of its parties); 'program' — records of the programs listed in the
 * caller's token (donors: the programs they fund; partners: the programs they work in);
 * 'ownOrProgram' — both: records of the caller's organization and those of its programs (donors'
 * agreements: those USAID signed and the sub-awards of the programs it funds). A role absent from a
 * rule has no access.
 */
export const ROLES = ['admin', 'staff', 'caseworker', 'partner', 'donor'] as const;
export type Role = (typeof ROLES)[number];
export type Scope = 'all' | 'own' | 'program' | 'ownOrProgram';
/**
 * A caller without a token. Not a role (no account, no group): it appears only in the rules of the
 * public statistics (`publicStatistics` and its result types); every other operation answers it
 * UNAUTHENTICATED.
 */
export const ANONYMOUS = 'anonymous';
export type Caller = Role | typeof ANONYMOUS;
export type Rule = Readonly<Partial<Record<Caller, Scope>>>;

const everyone: Rule = { admin: 'all', staff: 'all', caseworker: 'all', partner: 'all', donor: 'all' };
const signedIn = everyone;
/**
 * The public statistics: everybody, signed in or not. Only aggregates with small counts suppressed
 * (docs/decisions.md, "Public statistics"), never a case.
 */
const publicReaders: Rule = { ...everyone, [ANONYMOUS]: 'all' };
const programTeam: Rule = { admin: 'all', staff: 'all' };
const admins: Rule = { admin: 'all' };
const auditors: Rule = { admin: 'all', staff: 'all' };
/**
 * The program team's dashboard tiles (agreements by status, recent changes): staff and admin only.
 * Donors keep their own dashboard (their programs' report figures; never the audit), partners and case
 * workers have no dashboard queries of their own yet (their domains will add theirs).
 */
const dashboardReaders: Rule = { admin: 'all', staff: 'all' };
/** Personal data of an organization's contact: program team and case workers; a partner only for its own. */
const contactData: Rule = { admin: 'all', staff: 'all', caseworker: 'all', partner: 'own' };
/**
 * Agreements: the program sees all; partners only those their organization is party to; donors those
 * and the agreements of the programs they fund (sub-awards), read-only.
 */
const agreementReaders: Rule = { admin: 'all', staff: 'all', caseworker: 'all', partner: 'own', donor: 'ownOrProgram' };

/**
 * Trainings: the program team and case workers; partners those their organization organized or took part
 * in (the owner function returns organizers and participating organizations); donors none (they see the
 * totals in their programs' report).
 */
const trainingReaders: Rule = { admin: 'all', staff: 'all', caseworker: 'all', partner: 'own' };
/**
 * A training's attendance roster (personal data): the program team, and a partner only when it organized
 * the training — `TrainingRoster` and `RosterEntry` are owned by the organizers alone, so a participating
 * organization's partner is refused; never case workers or donors.
 */
const rosterReaders: Rule = { admin: 'all', staff: 'all', partner: 'own' };

/**
 * Scholarships: the program team and case workers; a partner those its organization sponsors or
 * implements. Donors read no scholarship: they see them counted in their programs' report.
 */
const scholarshipReaders: Rule = { admin: 'all', staff: 'all', caseworker: 'all', partner: 'own' };

/**
 * Partner activity records: a partner its own organization's (a guessed id of another's is NOT_FOUND),
 * to write drafts and submit them; the program team all, to review (approve, return) and lock quarters;
 * an admin alone unlocks. Case workers have no use for them and donors see them only as the report's
 * figures (approved work and the pending count), so neither reads a record.
 */
const activityReaders: Rule = { admin: 'all', staff: 'all', partner: 'own' };
/** Reporting periods (locked quarters): the program team, and partners for their programs. */
const periodReaders: Rule = { admin: 'all', staff: 'all', partner: 'program' };

/** The framework: program team and case workers; donors and partners for their programs. */
const frameworkReaders: Rule = { admin: 'all', staff: 'all', caseworker: 'all', partner: 'program', donor: 'program' };
/** The results report: program team; donors for the programs they fund. */
const reportReaders: Rule = { admin: 'all', staff: 'all', donor: 'program' };
/** Spending detail stays with the program team; donors see it summed in the report. */
const financeReaders: Rule = { admin: 'all', staff: 'all' };
/**
 * Cases (victims of trafficking): case workers those their organization owns or was referred to
 * ('own': the service checks the case's access copies), staff and admin every case without the
 * identity; partners, donors and anonymous never (a guessed id is NOT_FOUND). The identity only
 * through an audited reveal, by case workers with access and admins.
 */
const caseReaders: Rule = { admin: 'all', staff: 'all', caseworker: 'own' };
const caseWriters: Rule = { admin: 'all', caseworker: 'own' };
const identityReaders: Rule = { admin: 'all', caseworker: 'own' };
/**
 * The route of a case (events, services, consents, referrals): whoever may read the case (the object
 * check is the service's, on the case); the free text about the person on them — notes, plan goals,
 * file numbers, referral reasons — only case workers with access and admins, never staff.
 */
const routeReaders: Rule = { admin: 'all', staff: 'all', caseworker: 'all' };
const routePersonal: Rule = { admin: 'all', caseworker: 'all' };

function fields<const K extends string>(rule: Rule, names: readonly K[]): Record<K, Rule> {
  return Object.fromEntries(names.map((n) => [n, rule])) as Record<K, Rule>;
}

export const policy = {
  Query: {
    me: signedIn,
    publicStatistics: publicReaders,
    auditEvents: auditors,
    organization: everyone,
    organizations: everyone,
    organizationsByIds: everyone,
    organizationsNamed: everyone,
    partnerAgreement: agreementReaders,
    partnerAgreements: agreementReaders,
    scholarship: scholarshipReaders,
    scholarships: scholarshipReaders,
    activityRecord: activityReaders,
    activityRecords: activityReaders,
    reportingPeriods: periodReaders,
    activityCompleteness: programTeam,
    partnerQuarter: activityReaders,
    training: trainingReaders,
    trainings: trainingReaders,
    trainingTotals: dashboardReaders,
    scholarshipTallies: dashboardReaders,
    program: frameworkReaders,
    programs: frameworkReaders,
    framework: frameworkReaders,
    expenditures: financeReaders,
    resultsReport: reportReaders,
    agreementStatusCounts: dashboardReaders,
    recentChanges: dashboardReaders,
    case: caseReaders,
    cases: caseReaders,
    possibleDuplicateCases: caseWriters,
    caseReadEvents: admins,
    caseReferralRequests: { caseworker: 'own' },
    routeTimeLimits: { admin: 'all', staff: 'all', caseworker: 'all' },
    // Counts by sex and age band (small cells): the program team only; donors get the report's totals.
    victimProfileTotals: dashboardReaders,
    referralOverrides: admins,
    users: admins,
    user: admins,
  },
  Mutation: {
    _noop: programTeam,
    createOrganization: programTeam,
    updateOrganization: programTeam,
    deleteOrganization: programTeam,
    createPartnerAgreement: programTeam,
    updatePartnerAgreement: programTeam,
    deletePartnerAgreement: programTeam,
    createScholarship: programTeam,
    updateScholarship: programTeam,
    deleteScholarship: programTeam,
    importScholarships: programTeam,
    createActivityRecord: activityReaders,
    updateActivityRecord: activityReaders,
    submitActivityRecord: activityReaders,
    deleteActivityRecord: activityReaders,
    createTrainingFromActivityRecord: activityReaders,
    importActivityRecords: activityReaders,
    reviewActivityRecords: programTeam,
    lockPeriod: programTeam,
    unlockPeriod: admins,
    createTraining: programTeam,
    updateTraining: programTeam,
    deleteTraining: programTeam,
    createProgram: programTeam,
    updateProgram: programTeam,
    // A program's k for the public statistics and the HTCDS export: admins only (it decides what is published).
    setProgramStatisticsK: admins,
    createObjective: programTeam,
    updateObjective: programTeam,
    createIndicator: programTeam,
    updateIndicator: programTeam,
    setIndicatorValue: programTeam,
    createBudgetLine: programTeam,
    updateBudgetLine: programTeam,
    deleteBudgetLine: programTeam,
    deleteIndicator: programTeam,
    deleteObjective: programTeam,
    recordExpenditure: programTeam,
    updateExpenditure: programTeam,
    deleteExpenditure: programTeam,
    setObservation: programTeam,
    createUser: admins,
    updateUser: admins,
    setUserDisabled: admins,
    resetUserPassword: admins,
    createCase: caseWriters,
    revealCaseIdentity: identityReaders,
    anonymiseCase: admins,
    updateCase: caseWriters,
    updateCaseIdentity: identityReaders,
    requestCaseReferral: caseWriters,
    closeCaseReferralRequest: caseWriters,
    // The HTCDS export (de-identified, k-anonymous): the program team only — "for staff"; case workers
    // work case by case, partners and donors never receive case rows.
    exportHtcds: programTeam,
    recordRouteEvent: caseWriters,
    deleteRouteEvent: caseWriters,
    createCaseService: caseWriters,
    updateCaseService: caseWriters,
    deleteCaseService: caseWriters,
    recordConsent: caseWriters,
    withdrawConsent: caseWriters,
    referCase: caseWriters,
    endReferral: caseWriters,
    setRouteTimeLimits: programTeam,
  },
  Viewer: fields(signedIn, ['username', 'displayName', 'role', 'organizationId', 'organization']),
  PageInfo: fields(everyone, ['hasNextPage', 'endCursor']),
  DeletedRecord: fields(everyone, ['id']),
  // A place's fields are read by whoever may read the record that holds it (that field carries the rule).
  Place: fields(everyone, ['country', 'provinceCode', 'cantonCode', 'locality', 'provinceName', 'cantonName']),
  AuditEvent: fields(auditors, [
    'id',
    'at',
    'actor',
    'actorRole',
    'actorOrganizationId',
    'action',
    'entityType',
    'entityId',
    'versionBefore',
    'versionAfter',
    'purpose',
    'reason',
  ]),
  AuditEventConnection: fields(auditors, ['nodes', 'pageInfo']),
  AgreementStatusCount: fields(dashboardReaders, ['status', 'count']),
  Organization: {
    ...fields(everyone, [
      'id',
      'name',
      'acronym',
      'kind',
      'country',
      'province',
      'city',
      'notes',
      'agreementCount',
      'version',
      'createdAt',
      'updatedAt',
    ]),
    ...fields(contactData, ['contactPerson', 'email', 'phone']),
  },
  OrganizationConnection: fields(everyone, ['nodes', 'pageInfo']),
  PartnerAgreement: fields(agreementReaders, [
    'id',
    'programId',
    'kind',
    'title',
    'partyIds',
    'parties',
    'signedOn',
    'startDate',
    'endDate',
    'status',
    'value',
    'currency',
    'purpose',
    'objectiveCodes',
    'version',
    'createdAt',
    'updatedAt',
  ]),
  // A connection only wraps records; each record is checked on its own fields.
  PartnerAgreementConnection: fields(everyone, ['nodes', 'pageInfo']),
  Scholarship: fields(scholarshipReaders, [
    'id',
    'programId',
    'objectiveCode',
    'sponsorId',
    'sponsor',
    'implementerId',
    'implementer',
    'beneficiaryCode',
    'group',
    'place',
    'educationLevel',
    'period',
    'awardedOn',
    'amount',
    'currency',
    'status',
    'statusDate',
    'withdrawalReason',
    'version',
    'createdAt',
    'updatedAt',
  ]),
  ScholarshipConnection: fields(everyone, ['nodes', 'pageInfo']),
  // What a batch import did: only its caller gets one (the program team; partners importing their activity records).
  ImportResult: fields({ ...programTeam, partner: 'all' }, ['written', 'alreadyImported', 'alreadyImportedRows', 'failed']),
  ImportRowError: fields({ ...programTeam, partner: 'all' }, ['row', 'field', 'key', 'message', 'params']),
  MessageParam: fields(everyone, ['name', 'value']),
  Training: {
    ...fields(trainingReaders, [
      'id',
      'title',
      'kind',
      'topics',
      'startDate',
      'endDate',
      'place',
      'organizerIds',
      'organizers',
      'programId',
      'objectiveCode',
      'audience',
      'totals',
      'rosterSize',
      'version',
      'createdAt',
      'updatedAt',
    ]),
    ...fields(rosterReaders, ['roster']),
  },
  TrainingConnection: fields(everyone, ['nodes', 'pageInfo']),
  ActivityRecord: fields(activityReaders, [
    'id',
    'organizationId',
    'organization',
    'programId',
    'objectiveCode',
    'title',
    'kind',
    'startDate',
    'endDate',
    'quarter',
    'place',
    'reached',
    'totals',
    'narrative',
    'attachments',
    'trainingId',
    'agreementId',
    'status',
    'reviewComment',
    'reviewedBy',
    'reviewedAt',
    'submittedAt',
    'changesSinceLastSubmission',
    'warnings',
    'version',
    'createdAt',
    'updatedAt',
  ]),
  ActivityRecordConnection: fields(everyone, ['nodes', 'pageInfo']),
  // Parts of a record, reached only through an ActivityRecord the caller may read.
  PeopleReachedLine: fields(everyone, ['band', 'women', 'men', 'notRecorded', 'total']),
  ActivityAttachment: fields(everyone, ['fileName', 'url']),
  ActivityFieldChange: fields(everyone, ['field', 'before', 'after']),
  ActivityWarning: fields(everyone, ['path', 'key', 'message']),
  ReportingPeriod: fields(periodReaders, ['programId', 'quarter', 'locked', 'lockedBy', 'lockedAt']),
  PartnerCompleteness: fields(programTeam, ['organizationId', 'organization', 'drafts', 'pending', 'approved', 'returned', 'hasSubmitted']),
  // The partner's "my quarter" tile, reached only through `partnerQuarter` (activityReaders), whose service
  // gives a partner its own organization's quarter alone.
  PartnerQuarter: fields(everyone, ['organizationId', 'quarter', 'programId', 'byStatus', 'peopleReached', 'returned']),
  QuarterStatusCount: fields(everyone, ['status', 'count', 'people']),
  QuarterReturnedRecord: fields(everyone, ['id', 'title', 'reviewComment']),
  TrainingTotal: fields(dashboardReaders, ['objectiveCode', 'trainings', 'women', 'men', 'notRecorded', 'total']),
  VictimProfileTotal: fields(dashboardReaders, [
    'objectiveCode',
    'sex',
    'ageBand',
    'identified',
    'assisted',
    'reintegrated',
    'inFormalEducation',
    'inInternships',
  ]),
  ScholarshipTally: fields(dashboardReaders, [
    'cantonCode',
    'cantonName',
    'provinceCode',
    'provinceName',
    'sponsorId',
    'sponsorName',
    'awarded',
  ]),
  // Parts of a training, reached only through a Training the caller may read.
  AudienceLine: fields(everyone, ['organizationId', 'organization', 'group', 'women', 'men', 'notRecorded', 'total']),
  ParticipantTotals: fields(everyone, ['women', 'men', 'notRecorded', 'total']),
  TrainingRoster: fields(rosterReaders, ['trainingId', 'organizerIds', 'entries']),
  RosterEntry: fields(rosterReaders, ['name', 'sex', 'institution', 'position', 'email']),
  Program: fields(frameworkReaders, [
    'id',
    'name',
    'country',
    'donorIds',
    'donors',
    'implementerId',
    'implementer',
    'agreementReference',
    'startDate',
    'originalEndDate',
    'endDate',
    'currency',
    'adminFeeRateBps',
    'originalDeclaredTotal',
    'declaredTotal',
    'modifications',
    // Not a person's data, and the public tables publish the largest k anyway: whoever reads the program.
    'statisticsK',
    'version',
    'createdAt',
    'updatedAt',
  ]),
  ProgramConnection: fields(everyone, ['nodes', 'pageInfo']),
  // Nested values are reached only through a Program the caller may read.
  ProgramModification: fields(everyone, ['number', 'date', 'description', 'newEndDate', 'newDeclaredTotal']),
  Framework: fields(everyone, ['programId', 'objectives', 'indicators', 'budgetLines']),
  Objective: fields(frameworkReaders, ['id', 'programId', 'code', 'parentCode', 'level', 'title', 'description', 'version']),
  Indicator: fields(frameworkReaders, [
    'id',
    'programId',
    'objectiveCode',
    'name',
    'unit',
    'baseline',
    'target',
    'source',
    'metric',
    'version',
  ]),
  IndicatorValue: fields(financeReaders, ['indicatorId', 'period', 'value']),
  BudgetLine: fields(frameworkReaders, ['id', 'programId', 'objectiveCode', 'label', 'planned', 'version']),
  ExpenditureConnection: fields(everyone, ['nodes', 'pageInfo']),
  Expenditure: fields(financeReaders, ['id', 'programId', 'budgetLineId', 'objectiveCode', 'date', 'amount', 'description', 'version']),
  Observation: fields(financeReaders, ['programId', 'objectiveCode', 'period', 'text']),
  // The report is checked as a whole by Query.resultsReport (program scope); its parts follow it.
  ResultsReport: fields(everyone, [
    'programId',
    'programName',
    'currency',
    'from',
    'to',
    'rows',
    'otherCosts',
    'subtotal',
    'adminFeeRateBps',
    'adminFee',
    'total',
    'declaredTotal',
    'difference',
  ]),
  ReportRow: fields(everyone, ['code', 'level', 'title', 'indicators', 'observations', 'planned', 'cost', 'activitiesPending']),
  ReportIndicator: fields(everyone, ['indicatorId', 'name', 'unit', 'target', 'actual', 'percentAchieved']),
  ReportOtherCost: fields(everyone, ['label', 'planned', 'cost']),
  User: fields(admins, ['username', 'displayName', 'email', 'role', 'organizationId', 'programIds', 'disabled', 'createdAt']),
  UserConnection: fields(admins, ['nodes', 'pageInfo']),
  UserCredentials: fields(admins, ['user', 'temporaryPassword']),
  // The object-level check is the service's (readableCase, the list's access copies): a Case object
  // only reaches a caller who may read it, so its fields need no second owner test.
  Case: fields({ admin: 'all', staff: 'all', caseworker: 'all' }, [
    'id',
    'code',
    'programId',
    'objectiveCode',
    'ownerOrganizationId',
    'ownerOrganization',
    'ownerOrganizationName',
    'exploitationTypes',
    'meansOfControl',
    'recruitmentPlace',
    'transitPlaces',
    'exploitationPlace',
    'sex',
    'ageAtIdentification',
    'ageBand',
    'isMinor',
    'nationality',
    'provinceIdentified',
    'referralSource',
    'dateReported',
    'dateIdentified',
    'criminalProceedings',
    'closureReason',
    'stage',
    'legalStage',
    'stageSince',
    'stageDueOn',
    'daysInStage',
    'overdue',
    'anonymised',
    'referralRequests',
    'version',
    'createdAt',
    'updatedAt',
    'routeEvents',
    'services',
    'consents',
    'referrals',
  ]),
  CaseConnection: fields({ admin: 'all', staff: 'all', caseworker: 'all' }, ['nodes', 'pageInfo']),
  CaseIdentity: fields({ admin: 'all', caseworker: 'all' }, [
    'caseId',
    'fullName',
    'otherNames',
    'dateOfBirth',
    'documentType',
    'documentNumber',
    'contacts',
    'address',
    'familyContacts',
  ]),
  HtcdsExport: fields(programTeam, [
    'programId',
    'csv',
    'cases',
    'rows',
    'generalisedRows',
    'droppedRows',
    'k',
    'generalisations',
    'requests',
  ]),
  HtcdsGeneralisation: fields(programTeam, ['step', 'rows']),
  // Referral requests: the owner's side reads them on the case (the service gives others none); the
  // requester's receipt repeats what the duplicate warning showed.
  CaseReferralRequest: fields({ admin: 'all', staff: 'all', caseworker: 'all' }, [
    'caseId',
    'code',
    'organizationId',
    'organizationName',
    'requestedBy',
    'requestedAt',
    'note',
  ]),
  CaseReferralRequestReceipt: fields({ admin: 'all', caseworker: 'all' }, ['caseId', 'code', 'ownerOrganizationName', 'requestedAt']),
  CaseReferralRequestConnection: fields({ caseworker: 'all' }, ['nodes', 'pageInfo']),
  DuplicateCase: fields({ admin: 'all', caseworker: 'all' }, ['caseId', 'code', 'ownerOrganizationId', 'ownerOrganizationName', 'matches']),
  RouteEvent: {
    ...fields(routeReaders, [
      'id',
      'caseId',
      'step',
      'date',
      'organizationId',
      'stageAfter',
      'legalStageAfter',
      'form',
      'version',
      'createdAt',
    ]),
    notes: routePersonal,
  },
  RouteForm: {
    ...fields(routeReaders, ['channel', 'screeningResult', 'measureType', 'planType', 'outcome', 'closureReason']),
    ...fields(routePersonal, ['goals', 'fileNumber']),
  },
  CaseService: fields(routeReaders, ['id', 'caseId', 'kind', 'providerOrganizationId', 'startDate', 'endDate', 'version']),
  Consent: fields(routeReaders, [
    'id',
    'caseId',
    'purpose',
    'organizationId',
    'status',
    'date',
    'withdrawnOn',
    'recordedBy',
    'givenBy',
    'activeReferrals',
    'version',
  ]),
  Referral: {
    ...fields(routeReaders, [
      'id',
      'caseId',
      'toOrganizationId',
      'status',
      'startedOn',
      'endedOn',
      'consentId',
      'override',
      'createdBy',
      'version',
    ]),
    ...fields(routePersonal, ['reason', 'overrideReason']),
  },
  ReferralConnection: fields(admins, ['nodes', 'pageInfo']),
  RouteTimeLimits: fields(routeReaders, [
    'programId',
    'reported',
    'identified',
    'protection',
    'assistance',
    'reintegration',
    'followUp',
    'custom',
  ]),
  StatTable: fields(publicReaders, [
    'dimensions',
    'yearFrom',
    'yearTo',
    'k',
    'rows',
    'cols',
    'cells',
    'rowTotals',
    'colTotals',
    'total',
    'yearsAvailable',
  ]),
  StatCell: fields(publicReaders, ['row', 'col', 'count', 'suppressed']),
} as const satisfies Record<string, Record<string, Rule>>;

export type PolicyType = keyof typeof policy;

/** The scope a role has on a type's field or an operation, or undefined when it has none. */
export function scopeOf(role: Caller, type: string, field: string): Scope | undefined {
  const rules = (policy as Record<string, Record<string, Rule>>)[type];
  return rules?.[field]?.[role];
}

/** True when the role may call the operation at all (the admin uses this to show menus and buttons). */
export function canCall(role: Role, operation: 'Query' | 'Mutation', field: string): boolean {
  return scopeOf(role, operation, field) !== undefined;
}
