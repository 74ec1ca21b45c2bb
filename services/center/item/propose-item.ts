import { DomainError, assertMayAct, assertRegisteredStaff, type RequestContext } from '../../kit';
import { centerStaffDirectory } from '../access';
import { Item } from './item.entity';
import type { ItemInput } from './item.input';
import { notOwnDepartment, proposers, sectionOf } from './item-proposers';
import { checkItemContent } from './item-rules';
import { writeItemVersion } from './write-item-version';

/** Proposes a new item of the caller's department (version 1), for the legal office to review. */
export async function proposeItem(context: RequestContext, input: ItemInput): Promise<Item> {
  const { em, identity } = context;
  // The registry check comes first, as in every subgraph: an uncertified caller learns nothing.
  await assertRegisteredStaff(context, proposers, centerStaffDirectory);
  const section = await sectionOf(em, input.sectionCode);
  const existing = await em.findOne(Item, { code: input.code });
  if (existing && existing.departmentCode !== identity.departmentCode) {
    throw notOwnDepartment(existing.departmentCode);
  }
  await assertMayAct(
    context,
    { departmentCode: section.departmentCode, role: proposers },
    centerStaffDirectory,
  );
  if (existing) {
    throw new DomainError('ITEM_CODE_TAKEN', `Item ${input.code} exists; amend it instead.`, {
      code: input.code,
    });
  }
  await checkItemContent(em, input);
  return writeItemVersion(em, input, {
    departmentCode: section.departmentCode,
    version: 1,
    proposedBy: identity.subject!,
  });
}
