import type { EntityManager } from '@mikro-orm/postgresql';
import { centerTopics } from '../../contracts';
import { badInput, clock, conflict, DomainError, publishEvent, sql } from '../../kit';
import { Department } from './department.entity';
import type { CreateDepartmentInput } from './department.input';

/** What the department table's check constraint allows, said before the database says it. */
export const departmentCodePattern = /^[A-Z][A-Z0-9_]{1,15}$/;
export const maxDepartmentNameLength = 200;

/**
 * A department joins the hub: from then on the center sets up its sections, windows, chief
 * representative and seal, and it proposes items. Announced, so that subgraphs naming departments
 * (materials' lead departments) know it. A code or a name already taken is refused and changes
 * nothing, also when two requests race: the insert itself decides.
 */
export function createDepartment(
  em: EntityManager,
  input: CreateDepartmentInput,
): Promise<Department> {
  const code = input.code;
  const name = input.name.trim();
  if (!departmentCodePattern.test(code)) {
    throw badInput(
      'A department code is a capital, then 1 to 15 capitals, digits or _ (e.g. TAX).',
      { field: 'code' },
    );
  }
  if (!name || name.length > maxDepartmentNameLength) {
    throw badInput(`A department needs a name of 1 to ${maxDepartmentNameLength} characters.`, {
      field: 'name',
    });
  }
  return em.transactional(async (tx) => {
    const createdAt = clock.now();
    const inserted = await sql(
      tx,
      `insert into department (code, name, created_at) values (?, ?, ?)
       on conflict do nothing returning code`,
      [code, name, createdAt],
    );
    if (inserted.length === 0) {
      if (await tx.findOne(Department, { code })) {
        throw new DomainError('DEPARTMENT_CODE_TAKEN', `Department ${code} already exists.`, {
          code,
        });
      }
      throw conflict(`Another department is already named ${name}.`, { name });
    }
    await publishEvent(tx, {
      topic: centerTopics.departmentCreated,
      key: code,
      payload: { code, name, createdAt: createdAt.toISOString() },
    });
    return tx.findOneOrFail(Department, { code });
  });
}
