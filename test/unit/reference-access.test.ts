import type { EntityManager } from '@mikro-orm/postgresql';
import { anonymous, type Identity, type RequestContext } from '../../services/kit';
import { demoPeople } from '../../services/demo-people';
import { resolveApplicantReference } from '../../services/materials/applicant/applicant.resolver';
import { resolveStaffMemberReference } from '../../services/center/staff/staff.resolver';
import { resolveItemReference } from '../../services/center/item/item.resolver';
import { ItemStatus } from '../../services/center/item/item-status';

/** A request context whose database must not be reached: the refusal comes first. */
function contextOf(identity: Identity): RequestContext {
  const em = new Proxy({} as EntityManager, {
    get: () => {
      throw new Error('the database was reached before the access check');
    },
  });
  return { identity, em, loaders: new Map() };
}

const otherApplicant = '9a4f3c1e-2b7d-4e8a-9c6f-1d2e3f4a5b6c';

describe('reference resolvers apply the rules of the queries they stand beside', () => {
  it('an applicant account resolves no other applicant through a link', async () => {
    await expect(
      resolveApplicantReference({ id: otherApplicant }, contextOf(demoPeople.applicant)),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(
      resolveApplicantReference({ id: otherApplicant }, contextOf(anonymous)),
    ).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
  });

  it('staff are resolved through a link for people working in the hub only', async () => {
    await expect(
      resolveStaffMemberReference(
        { subject: 'staff-drc-reviewer' },
        contextOf(demoPeople.applicant),
      ),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(
      resolveStaffMemberReference({ subject: 'staff-drc-reviewer' }, contextOf(anonymous)),
    ).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
  });
});

describe('an item version linked from another subgraph', () => {
  /** A context whose database holds one version of DRC-001, in the status given. */
  function contextWithItem(identity: Identity, status: ItemStatus): RequestContext {
    const item = { code: 'DRC-001', version: 2, status, departmentCode: 'DRC' };
    const em = { find: async () => [item] } as unknown as EntityManager;
    return { identity, em, loaders: new Map() };
  }

  it('is a published or superseded version for anyone, as the item query answers', async () => {
    for (const status of [ItemStatus.PUBLISHED, ItemStatus.SUPERSEDED]) {
      await expect(
        resolveItemReference(
          { code: 'DRC-001', version: 2 },
          contextWithItem(demoPeople.applicant, status),
        ),
      ).resolves.toMatchObject({ code: 'DRC-001', version: 2 });
    }
  });

  it('is an unpublished version only for the offices and the department handling it', async () => {
    await expect(
      resolveItemReference(
        { code: 'DRC-001', version: 2 },
        contextWithItem(demoPeople.applicant, ItemStatus.PROPOSED),
      ),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(
      resolveItemReference(
        { code: 'DRC-001', version: 2 },
        contextWithItem(demoPeople.departmentReviewer, ItemStatus.PROPOSED),
      ),
    ).resolves.toMatchObject({ status: ItemStatus.PROPOSED });
  });
});
