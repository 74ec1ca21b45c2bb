import {
  clock,
  DomainError,
  StaffErrorCode,
  badInput,
  conflict,
  isValidIsoDate,
  periodsOverlap,
  publishEvent,
  staffTopics,
  type RepresentativeAuthorizedPayload,
} from '../../kit';
import { lockDepartment } from '../department/lock-department';
import { Item } from '../item/item.entity';
import { StaffMember } from '../staff/staff-member.entity';
import { StaffDuty } from '../staff/staff-duty';
import { ChiefRepresentative } from './chief-representative.entity';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Identity } from '../../kit';
import type { AuthorizeChiefRepresentativeInput } from './chief-representative.input';

/**
 * Authorizes a registered chief representative of a department to sign, for all its items or
 * the ones listed, over a period no other active authorization of the department overlaps.
 */
export async function authorizeChiefRepresentative(
  em: EntityManager,
  identity: Identity,
  input: AuthorizeChiefRepresentativeInput,
): Promise<ChiefRepresentative> {
  if (!isValidIsoDate(input.validFrom) || !isValidIsoDate(input.validTo)) {
    throw badInput('validFrom and validTo are dates (YYYY-MM-DD).');
  }
  if (input.validTo < input.validFrom) throw badInput('validTo is not before validFrom.');
  const itemCodes = [...new Set(input.itemCodes)];
  if (input.scopeAll === itemCodes.length > 0) {
    throw badInput('Either cover all items, or list the items covered.');
  }
  if (!input.documentNumber.trim()) throw badInput('Give the authorization document number.');
  return em.transactional(async (tx) => {
    await lockDepartment(tx, input.departmentCode);
    const staff = await tx.findOne(StaffMember, { subject: input.subject });
    if (
      !staff ||
      staff.departmentCode !== input.departmentCode ||
      staff.duty !== StaffDuty.CHIEF_REPRESENTATIVE
    ) {
      throw new DomainError(
        StaffErrorCode.NotRegisteredStaff,
        `${input.subject} is not registered as chief representative of ${input.departmentCode}.`,
      );
    }
    if (itemCodes.length > 0) {
      const items = await tx.find(Item, {
        code: { $in: itemCodes },
        departmentCode: input.departmentCode,
      });
      const unknown = itemCodes.filter((code) => !items.some((item) => item.code === code));
      if (unknown.length > 0) {
        throw badInput(`Items ${unknown.join(', ')} are not items of ${input.departmentCode}.`);
      }
    }
    const others = await tx.find(ChiefRepresentative, {
      departmentCode: input.departmentCode,
      revokedAt: null,
    });
    const clash = others.find((other) => periodsOverlap(other, input));
    if (clash) {
      throw new DomainError(
        'CHIEF_REPRESENTATIVE_ALREADY_ACTIVE',
        `${input.departmentCode} already has a chief representative from ${clash.validFrom} to ${clash.validTo}; revoke that authorization first.`,
        { id: clash.id, subject: clash.subject },
      );
    }
    if (await tx.findOne(ChiefRepresentative, { documentNumber: input.documentNumber })) {
      throw conflict(`Authorization document ${input.documentNumber} is already recorded.`);
    }
    const rep = tx.create(ChiefRepresentative, {
      ...input,
      itemCodes,
      authorizedBy: identity.subject!,
      createdAt: clock.now(),
    } as never);
    await tx.flush();
    const payload: RepresentativeAuthorizedPayload = {
      id: rep.id,
      subject: rep.subject,
      departmentCode: rep.departmentCode,
      scopeAll: rep.scopeAll,
      itemCodes: rep.itemCodes,
      validFrom: rep.validFrom,
      validTo: rep.validTo,
      documentNumber: rep.documentNumber,
    };
    await publishEvent(tx, {
      topic: staffTopics.representativeAuthorized,
      key: rep.departmentCode,
      payload,
    });
    return rep;
  });
}
