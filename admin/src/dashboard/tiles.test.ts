import { describe, expect, it } from 'vitest';
import { canCall, ROLES } from '@ruta/schema/policy';
import { DASHBOARD_TILES, tilesFor, type DashboardTile } from './tiles.ts';
import { recordPath } from './tiles/RecentChangesTile.tsx';
import { expiringWindow } from './tiles/ExpiringAgreementsTile.tsx';

const Nothing = () => null;
const ids = (role: (typeof ROLES)[number]) => tilesFor(role).map((t) => t.id);

describe('dashboard tiles', () => {
  it('shows the program team every tile but the partner’s own quarter, partners only theirs, donors and case workers none', () => {
    const team = DASHBOARD_TILES.map((t) => t.id).filter((id) => id !== 'partner-quarter');
    expect(ids('staff')).toEqual(team);
    expect(ids('admin')).toEqual(team);
    expect(ids('partner')).toEqual(['partner-quarter']);
    for (const role of ['donor', 'caseworker'] as const) expect(ids(role), role).toEqual([]);
    expect(tilesFor(undefined)).toEqual([]);
  });

  it('follows the policy: a tile shows only to roles that may call all its operations', () => {
    const tiles: DashboardTile[] = [
      { id: 'report', operations: ['resultsReport'], Component: Nothing },
      { id: 'users', operations: ['users', 'resultsReport'], Component: Nothing },
    ];
    for (const role of ROLES) {
      const shown = tilesFor(role, tiles).map((t) => t.id);
      expect(shown.includes('report'), role).toBe(canCall(role, 'Query', 'resultsReport'));
      expect(shown.includes('users'), role).toBe(canCall(role, 'Query', 'users') && canCall(role, 'Query', 'resultsReport'));
    }
  });

  it('links a change to its record, or to its program’s framework', () => {
    expect(recordPath({ entityType: 'Organization', entityId: 'org-fnj', action: 'UPDATE' })).toBe('/Organization/org-fnj/show');
    expect(recordPath({ entityType: 'PartnerAgreement', entityId: 'agr-1', action: 'DELETE' })).toBeNull();
    expect(recordPath({ entityType: 'BudgetLine', entityId: 'prog-1~line-a', action: 'CREATE' })).toBe('/Program/prog-1/framework');
    expect(recordPath({ entityType: 'IndicatorValue', entityId: 'prog-1~ind~2008-07', action: 'UPDATE' })).toBe(
      '/Program/prog-1/framework',
    );
    expect(recordPath({ entityType: 'Unknown', entityId: 'x', action: 'UPDATE' })).toBeNull();
  });

  it('looks 90 days ahead from today (UTC)', () => {
    expect(expiringWindow(new Date('2026-12-01T23:30:00Z'))).toEqual({ from: '2026-12-01', to: '2027-03-01' });
    expect(expiringWindow(new Date('2028-01-15T00:00:00Z'))).toEqual({ from: '2028-01-15', to: '2028-04-14' });
  });
});
