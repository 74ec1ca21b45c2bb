import type { EntityManager } from '@mikro-orm/postgresql';
import { DomainError, type ErrorCode } from '../../kit';
import { FeeEntry } from '../fee/fee-entry.entity';
import { FeeEntryStatus } from '../fee/fee-entry-status';
import { StepKind, maxStepsOfItem } from './item-step';
import type { ItemInput } from './item.input';

const codePattern = /^[A-Z][A-Z0-9_-]{1,31}$/;

const refuse = (code: ErrorCode, message: string, details?: Record<string, unknown>) => {
  throw new DomainError(code, message, details);
};

/** Checks an item version's content against the reform's rules before anything is written. */
export async function checkItemContent(em: EntityManager, input: ItemInput): Promise<void> {
  if (!codePattern.test(input.code)) {
    refuse('BAD_USER_INPUT', 'An item code is 2 to 32 capitals, digits, - or _.');
  }
  if (!input.name.trim() || !input.legalBasis.trim()) {
    refuse('BAD_USER_INPUT', 'An item needs a name and a legal basis.');
  }
  const { statutoryLimitDays: statutory, promisedLimitDays: promised } = input;
  if (![statutory, promised].every((days) => Number.isInteger(days) && days > 0)) {
    refuse('BAD_USER_INPUT', 'Time limits are positive whole numbers of working days.');
  }
  if (promised > statutory) {
    refuse(
      'PROMISED_EXCEEDS_STATUTORY',
      `The promised limit (${promised} working days) exceeds the statutory limit (${statutory}).`,
      { promisedLimitDays: promised, statutoryLimitDays: statutory },
    );
  }

  const kinds = input.steps.map((step) => step.kind);
  if (kinds.length > maxStepsOfItem && !input.joint) {
    refuse(
      'ITEM_TOO_MANY_STEPS',
      `An item has at most ${maxStepsOfItem} steps (accept, review, sign) unless it is a joint item; this one has ${kinds.length}.`,
      { steps: kinds.length, max: maxStepsOfItem },
    );
  }
  const count = (kind: StepKind) => kinds.filter((each) => each === kind).length;
  if (
    kinds[0] !== StepKind.ACCEPT ||
    kinds.at(-1) !== StepKind.SIGN ||
    count(StepKind.ACCEPT) !== 1 ||
    count(StepKind.SIGN) !== 1 ||
    input.steps.some((step) => !step.name.trim())
  ) {
    refuse(
      'ITEM_STEPS_INVALID',
      'Steps start with one ACCEPT, end with one SIGN, and each has a name.',
      { steps: kinds },
    );
  }

  const materialCodes = input.materials.map((material) => material.materialTypeCode);
  if (materialCodes.some((code) => !/^[A-Z][A-Z0-9_]{1,63}$/.test(code))) {
    refuse('BAD_USER_INPUT', 'A material type code is capitals, digits and _.');
  }
  if (new Set(materialCodes).size !== materialCodes.length) {
    refuse('BAD_USER_INPUT', 'Each material type is required once.');
  }
  const coreMissing = input.materials.filter((m) => m.core && m.mayBeMissingAtAcceptance);
  if (coreMissing.length > 0) {
    refuse(
      'CORE_MATERIAL_CANNOT_BE_MISSING',
      'Only materials that are not core may be missing at acceptance under commitment.',
      { materialTypeCodes: coreMissing.map((m) => m.materialTypeCode) },
    );
  }

  const feeCodes = [...new Set(input.feeCodes)];
  const approved = await em.find(FeeEntry, {
    code: { $in: feeCodes },
    status: FeeEntryStatus.APPROVED,
  });
  const outside = feeCodes.filter((code) => !approved.some((entry) => entry.code === code));
  if (outside.length > 0) {
    refuse(
      'FEE_NOT_IN_CATALOG',
      `Fees ${outside.join(', ')} are not approved entries of the fee catalog.`,
      { feeCodes: outside },
    );
  }
}
