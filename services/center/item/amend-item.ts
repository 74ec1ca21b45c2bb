import {
  DomainError,
  assertMayAct,
  assertRegisteredStaff,
  notFound,
  type RequestContext,
} from '../../kit';
import { centerStaffDirectory } from '../access';
import { Item } from './item.entity';
import type { ItemInput } from './item.input';
import { notOwnDepartment, proposers, sectionOf } from './item-proposers';
import { checkItemContent } from './item-rules';
import { ItemStatus } from './item-status';
import { writeItemVersion } from './write-item-version';

/** Amends an item: a new version with the full new content, for the legal office to review. */
export async function amendItem(context: RequestContext, input: ItemInput): Promise<Item> {
  const { em, identity } = context;
  await assertRegisteredStaff(context, proposers, centerStaffDirectory);
  const latest = await em.findOne(Item, { code: input.code }, { orderBy: { version: 'desc' } });
  if (!latest) throw notFound('Item', input.code);
  if (latest.departmentCode !== identity.departmentCode) {
    throw notOwnDepartment(latest.departmentCode);
  }
  await assertMayAct(
    context,
    { departmentCode: latest.departmentCode, role: proposers },
    centerStaffDirectory,
  );
  const section = await sectionOf(em, input.sectionCode);
  if (section.departmentCode !== latest.departmentCode) {
    throw notOwnDepartment(section.departmentCode);
  }
  if (latest.status === ItemStatus.PROPOSED || latest.status === ItemStatus.APPROVED) {
    throw new DomainError(
      'ITEM_CHANGE_PENDING',
      `Version ${latest.version} of ${latest.code} is ${latest.status}; wait for it to be decided or published.`,
      { code: latest.code, version: latest.version, status: latest.status },
    );
  }
  await checkItemContent(em, input);
  return writeItemVersion(em, input, {
    departmentCode: latest.departmentCode,
    version: latest.version + 1,
    proposedBy: identity.subject!,
  });
}
