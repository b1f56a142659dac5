import type { ComponentType } from 'react';
import { canCall, type Role } from '@ruta/schema/policy';
import type { ProgramRecord } from '../providers/graphql/fragments.ts';
import { AgreementStatusTile } from './tiles/AgreementStatusTile.tsx';
import { ExpiringAgreementsTile } from './tiles/ExpiringAgreementsTile.tsx';
import { RecentChangesTile } from './tiles/RecentChangesTile.tsx';
import { PeopleTrainedTile } from './tiles/PeopleTrainedTile.tsx';
import { VictimProfileTile } from './tiles/VictimProfileTile.tsx';
import { PartnerQuarterTile } from './tiles/PartnerQuarterTile.tsx';
import { ScholarshipTallyTile } from './tiles/ScholarshipTallyTile.tsx';
import { SpentPlannedTile } from './tiles/SpentPlannedTile.tsx';

/** What a tile gets: the program chosen at the top of the dashboard (tiles across programs ignore it). */
export interface DashboardTileProps {
  program: ProgramRecord;
}

/**
 * A tile of the program dashboard. A domain adds its tiles (pending reviews, overdue cases…) to
 * DASHBOARD_TILES below — one entry, nothing else to wire (docs/conventions.md, "Adding a domain").
 * Each tile makes ONE cheap API call (an index or an aggregate, never a scan) and says its cost in
 * functions/modules/README.md.
 */
export interface DashboardTile {
  id: string;
  /** The Query fields the tile calls: it shows only to roles the policy (schema/policy.ts) lets call them all. */
  operations: readonly string[];
  /** Narrows further (e.g. donors have their own panel with the same figures). */
  roles?: readonly Role[];
  Component: ComponentType<DashboardTileProps>;
}

const TEAM: readonly Role[] = ['admin', 'staff'];

export const DASHBOARD_TILES: readonly DashboardTile[] = [
  { id: 'spent-planned', operations: ['resultsReport'], roles: TEAM, Component: SpentPlannedTile },
  { id: 'expiring-agreements', operations: ['partnerAgreements'], roles: TEAM, Component: ExpiringAgreementsTile },
  { id: 'agreement-status', operations: ['agreementStatusCounts'], Component: AgreementStatusTile },
  { id: 'people-trained', operations: ['trainingTotals'], roles: TEAM, Component: PeopleTrainedTile },
  { id: 'victim-profile', operations: ['victimProfileTotals'], roles: TEAM, Component: VictimProfileTile },
  { id: 'scholarship-tallies', operations: ['scholarshipTallies'], roles: TEAM, Component: ScholarshipTallyTile },
  { id: 'recent-changes', operations: ['recentChanges'], Component: RecentChangesTile },
  { id: 'partner-quarter', operations: ['partnerQuarter'], roles: ['partner'], Component: PartnerQuarterTile },
];

/** The tiles a role sees, in the array's order. */
export function tilesFor(role: Role | undefined, tiles: readonly DashboardTile[] = DASHBOARD_TILES): DashboardTile[] {
  if (!role) return [];
  return tiles.filter((t) => (!t.roles || t.roles.includes(role)) && t.operations.every((op) => canCall(role, 'Query', op)));
}
