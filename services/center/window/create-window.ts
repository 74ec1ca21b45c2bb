import type { EntityManager } from '@mikro-orm/postgresql';
import { clock, conflict, DomainError, notFound } from '../../kit';
import { Department } from '../department/department.entity';
import { ServiceWindow } from './window.entity';
import type { CreateWindowInput } from './window.input';
import { WindowKind } from './window-kind';

/** Sets up a window: assigned to one department, or comprehensive and shared on set days. */
export function createWindow(em: EntityManager, input: CreateWindowInput): Promise<ServiceWindow> {
  const shares = input.shares ?? [];
  const assignmentIsValid =
    input.kind === WindowKind.DEPARTMENT
      ? Boolean(input.departmentCode) && shares.length === 0
      : !input.departmentCode &&
        shares.length > 0 &&
        shares.every((share) => share.weekdays.length > 0) &&
        new Set(shares.map((share) => share.departmentCode)).size === shares.length;
  if (!assignmentIsValid) {
    throw new DomainError(
      'WINDOW_ASSIGNMENT_INVALID',
      'A department window names one department and no shares; a comprehensive window names no department and each sharing department once, with its days.',
    );
  }
  if (!Number.isInteger(input.number) || input.number < 1) {
    throw new DomainError('BAD_USER_INPUT', 'A window number is a positive whole number.');
  }
  if (!input.name.trim()) throw new DomainError('BAD_USER_INPUT', 'A window needs a name.');
  const codes = input.departmentCode
    ? [input.departmentCode]
    : shares.map((share) => share.departmentCode);
  return em.transactional(async (tx) => {
    const known = await tx.find(Department, { code: { $in: codes } });
    const unknown = codes.find((code) => !known.some((department) => department.code === code));
    if (unknown) throw notFound('Department', unknown);
    if (await tx.findOne(ServiceWindow, { number: input.number })) {
      throw conflict(`Window ${input.number} already exists.`, { number: input.number });
    }
    const window = tx.create(ServiceWindow, {
      number: input.number,
      name: input.name,
      kind: input.kind,
      departmentCode: input.departmentCode ?? null,
      shares: shares.map((share) => ({
        departmentCode: share.departmentCode,
        weekdays: [...new Set(share.weekdays)],
      })),
      createdAt: clock.now(),
    });
    await tx.flush();
    return window;
  });
}
