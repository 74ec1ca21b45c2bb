import type { EntityManager } from '@mikro-orm/postgresql';
import { badInput, DomainError, notFound, sql } from '../../kit';
import { departmentIsKnown } from '../department/department-replica';
import { MaterialType } from './material-type.entity';
import type { CreateMaterialTypeInput } from './material-type.input';

/** What the material_type table's check constraint allows, said before the database says it. */
const codePattern = /^[A-Z][A-Z0-9_]{1,63}$/;
const maxNameLength = 200;
const maxValidityMonths = 600;

/**
 * Adds a kind of prerequisite material that items may then require, with the one lead department
 * that reviews it for every department (reform: "one department leads, entered once, reviewed
 * once"). No legal review: the legal office reviews the power list, i.e. each item with the
 * materials it requires, when the item is proposed. A licence type (`licence`) is the one a new
 * department's licences become: the hub's sign-off issues it verified, and nobody uploads it.
 */
export function createMaterialType(
  em: EntityManager,
  input: CreateMaterialTypeInput,
): Promise<MaterialType> {
  const name = input.name.trim();
  const validityMonths = input.validityMonths ?? null;
  if (!codePattern.test(input.code)) {
    throw badInput('A material type code is a capital, then 1 to 63 capitals, digits or _.', {
      field: 'code',
    });
  }
  if (!name || name.length > maxNameLength) {
    throw badInput(`A material type needs a name of 1 to ${maxNameLength} characters.`, {
      field: 'name',
    });
  }
  if (
    validityMonths !== null &&
    (!Number.isInteger(validityMonths) || validityMonths < 1 || validityMonths > maxValidityMonths)
  ) {
    throw badInput(`Validity is 1 to ${maxValidityMonths} months, or null for no expiry.`, {
      field: 'validityMonths',
    });
  }
  return em.transactional(async (tx) => {
    if (!(await departmentIsKnown(tx, input.leadDepartmentCode))) {
      throw notFound('Department', input.leadDepartmentCode);
    }
    const inserted = await sql(
      tx,
      `insert into material_type (code, name, lead_department_code, validity_months, licence)
       values (?, ?, ?, ?, ?) on conflict (code) do nothing returning code`,
      [input.code, name, input.leadDepartmentCode, validityMonths, input.licence ?? false],
    );
    if (inserted.length === 0) {
      throw new DomainError(
        'MATERIAL_TYPE_CODE_TAKEN',
        `Material type ${input.code} already exists.`,
        { code: input.code },
      );
    }
    return tx.findOneOrFail(MaterialType, { code: input.code });
  });
}
