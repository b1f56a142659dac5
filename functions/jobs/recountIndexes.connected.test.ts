import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectedApi, identity } from '#test/harness';
import { Organization, OrganizationName } from '#modules/organization/entity';
import { AgreementInProgram } from '#modules/partnerAgreement/entity';
import { SearchWord } from '#modules/search/entity';
import { loadDemoData } from '../seed/load.ts';
import { PROGRAM_ID } from '../seed/ecuadorProgram.ts';
import { recountIndexes } from './recountIndexes.ts';

// `npm run recount` rebuilds the search words, program copies and name guards of data written without them.
let api: Awaited<ReturnType<typeof connectedApi>>;
beforeAll(async () => {
  api = await connectedApi();
  await loadDemoData();
});
afterAll(() => api.stop());

const LIST = 'query($q: String) { organizations(filter: { q: $q }) { nodes { id } } }';
const found = async (q: string) =>
  (await api.gql(identity('staff'), LIST, { q })).data!.organizations.nodes.map((n: { id: string }) => n.id);

describe('recount of the derived indexes', () => {
  it('finds nothing to rebuild after the demo data was loaded through the services', async () => {
    expect(await recountIndexes()).toEqual([]);
    expect(await found('quimera')).toEqual(['org-quimera']);
  });

  it('rebuilds what data written before them lacks, removes what no record says, and reports duplicate names', async () => {
    // An organization as an old .ruta/ holds it: no words, no name guard.
    const old = { id: 'org-old', name: 'Fundación Antigua', kind: 'NGO', country: 'EC', agreementCount: 0, version: 1 };
    const stamps = { createdAt: '2026-01-01T00:00:00Z', updatedAt: '2026-01-01T00:00:00Z', createdBy: 'seed' };
    await Organization.create({ ...old, ...stamps } as never).go();
    await Organization.create({ ...old, ...stamps, id: 'org-old-twin', name: 'FUNDACIÓN ANTIGUA' } as never).go();
    await SearchWord.delete({
      type: 'PartnerAgreement',
      word: 'albergue',
      order: 'programa piloto de albergue fundacion quimera',
      recordId: 'agr-iom-quimera',
    }).go();
    await AgreementInProgram.delete({ programId: PROGRAM_ID, startDate: '2007-06-01', id: 'agr-iom-fnj' }).go();
    await SearchWord.put({
      type: 'Organization',
      word: 'fantasma',
      order: 'fantasma',
      recordId: 'org-gone',
      words: ['fantasma'],
      text: ' fantasma ',
    }).go();
    expect(await found('antigua')).toEqual([]);

    const drift = await recountIndexes();
    expect(drift).toEqual(
      expect.arrayContaining([
        { index: 'searchWord', key: 'Organization|antigua|fundacion antigua|org-old', problem: 'missing' },
        {
          index: 'searchWord',
          key: 'PartnerAgreement|albergue|programa piloto de albergue fundacion quimera|agr-iom-quimera',
          problem: 'missing',
        },
        { index: 'searchWord', key: 'Organization|fantasma|fantasma|org-gone', problem: 'extra' },
        { index: 'programCopy', key: `${PROGRAM_ID}|2007-06-01|agr-iom-fnj`, problem: 'missing' },
        { index: 'organizationName', key: 'fundacion antigua|org-old', problem: 'missing' },
        { index: 'organizationName', key: 'fundacion antigua|org-old-twin', problem: 'duplicate' },
      ]),
    );
    await recountIndexes({ fix: true });
    expect((await recountIndexes()).map((d) => d.problem)).toEqual(['duplicate']);
    expect((await found('antigua')).sort()).toEqual(['org-old', 'org-old-twin']);
    expect((await OrganizationName.get({ foldedName: 'fundacion antigua' }).go()).data?.organizationId).toBe('org-old');
    const donor = { ...identity('donor', 'org-usaid'), programIds: [PROGRAM_ID] };
    const titles = await api.gql(donor, '{ partnerAgreements(first: 100) { nodes { id } } }');
    expect(titles.data!.partnerAgreements.nodes.map((n: { id: string }) => n.id)).toContain('agr-iom-fnj');
  });
});
