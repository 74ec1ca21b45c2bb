import { randomBytes } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { readConfig } from '../config';
import { DomainError } from '../errors/domain-error';
import { Role } from '../identity/role';
import { localDate } from '../calendar/working-calendar';
import { licenceContentSha256, signLicenceContent } from '../seal/seal-crypto';
import { openActiveSeal } from '../seal/seal-keys';
import { DepartmentTask } from './department-task.entity';
import type { DepartmentReviewItem } from './review-item';
import { DepartmentLicence } from './department-licence.entity';
import type { DepartmentDefinition } from './department';
import { DepartmentReviewStatus } from './review-status';
import { DepartmentStepKind } from './step-kind';
import { departmentTopics, type ApprovedLicencePayload } from './task-events';
import { runStep, type Step } from './run-step';
import { assertChiefForTask, readyToSign } from './steps';
import { WorkflowErrorCode } from './task-lock';
import { chargeRefusedTopic, type ChargedFeePayload } from '../../contracts';
import type { RequestContext } from '../context/request-context';
import { clock } from '../clock/clock';
import { publishEvent } from '../events/publish-event';
import {
  assertChargesAssessed,
  assessedFees,
  chargesOf,
  chargesOutsideAssessment,
  feeOutsideCatalog,
  type DepartmentFeeChargeInput,
} from './fee-charge';

/** Crockford's base32: no I, L, O or U to misread on paper. */
const serialAlphabet = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/**
 * A licence's serial: department, year and 20 random characters (100 bits) in groups of four,
 * e.g. `DRC-2026-7K3Q-MXW9-PD4H-T2RB-BN6C`. The public verifies a licence by its serial alone, so
 * serials must not be guessable from one another: a counter would let anyone walk through every
 * licence the hub issued.
 */
export function randomSerial(code: string, at: Date): string {
  const bytes = randomBytes(20);
  const characters = [...bytes].map((byte) => serialAlphabet[byte & 31]).join('');
  const groups = characters.match(/.{4}/g)!.join('-');
  return `${code}-${localDate(at).slice(0, 4)}-${groups}`;
}

function validUntil(issuedAt: Date, years: number | null): Date | null {
  if (years === null) return null;
  const until = new Date(issuedAt);
  until.setUTCFullYear(until.getUTCFullYear() + years);
  return until;
}

const sameCharges = (held: ChargedFeePayload[], said: ChargedFeePayload[]) =>
  held.length === said.length &&
  held.every(
    (fee, index) =>
      fee.itemCode === said[index].itemCode &&
      fee.feeCode === said[index].feeCode &&
      fee.amount === said[index].amount,
  );

/**
 * The chief representative signs: only the active one, authorized for every item of the task on
 * this day, after the review (where the items publish one) and the meeting an item needs, and
 * charging only fees of the case's fee assessment (`fees`; none by default).
 * Signing seals one licence per item with the department's key, opened for this moment only.
 */
export function signStep(
  department: DepartmentDefinition,
  fees: ChargedFeePayload[] = [],
): Step<'department.task.approved'> {
  return {
    saysWhatTaskHolds: (task) => sameCharges(task.feesCharged, fees),
    roles: [Role.CHIEF_REPRESENTATIVE],
    from: readyToSign,
    published: 'SIGN',
    kind: DepartmentStepKind.APPROVED,
    topic: departmentTopics.approved,
    async authorize(task, context, at) {
      await assertChiefForTask(task, context, department.code, at);
      if (task.meetingRequired && !task.meetingRecordedAt) {
        throw new DomainError(
          WorkflowErrorCode.MeetingRequired,
          `An item of task ${task.id} needs its meeting recorded before the sign-off.`,
          { taskId: task.id },
        );
      }
      assertChargesAssessed(task, fees);
    },
    async apply(task, { tx, at, by }) {
      const seal = await openActiveSeal(tx, {
        departmentCode: department.code,
        secret: readConfig().sealKeyEncryptionKey,
      });
      if (!seal) {
        throw new DomainError(
          WorkflowErrorCode.SealNotReady,
          `Department ${department.code} has no live approval seal (none yet, or the center revoked it); its chief representative renews it.`,
        );
      }
      // One licence per item the task approves, all sealed in this one transaction.
      const licences: ApprovedLicencePayload[] = [];
      for (const item of task.items) {
        licences.push(await sealLicence(tx, department, task, item, { at, by, seal }));
      }
      task.status = DepartmentReviewStatus.APPROVED;
      task.decidedBy = by;
      task.decidedAt = at;
      task.feesCharged = fees;
      const charged = fees.map((fee) => `${fee.feeCode} CNY ${fee.amount}`);
      return {
        payload: { licences, fees },
        note: [licences.map((licence) => licence.serial).join(', '), ...charged].join('; '),
      };
    },
  };
}

async function sealLicence(
  tx: EntityManager,
  department: DepartmentDefinition,
  task: DepartmentTask,
  item: DepartmentReviewItem,
  { at, by, seal }: { at: Date; by: string; seal: { id: string; privateKey: Buffer } },
): Promise<ApprovedLicencePayload> {
  const serial = randomSerial(department.code, at);
  const until = validUntil(at, department.licence.validityYears);
  const content = {
    serial,
    title: task.items.length > 1 ? item.name : department.licence.title,
    departmentCode: department.code,
    departmentName: department.name,
    caseId: task.caseId,
    caseReference: task.caseReference,
    taskId: task.id,
    applicantId: task.applicantId,
    holderName: task.applicantName,
    items: [{ code: item.code, version: item.version, name: item.name }],
    materialTypeCode: department.licence.materialTypeCode,
    issuedAt: at.toISOString(),
    validUntil: until?.toISOString() ?? null,
    signedBy: by,
    sealKeyId: seal.id,
    details: (await department.licenceDetails?.(tx, task)) ?? null,
  };
  // Stored and sent as plain JSON, so what is verified later is what was signed now.
  const plain = JSON.parse(JSON.stringify(content)) as Record<string, unknown>;
  const licence = tx.create(DepartmentLicence, {
    serial,
    taskId: task.id,
    itemCode: item.code,
    itemVersion: item.version,
    materialTypeCode: department.licence.materialTypeCode,
    issuedAt: at,
    validUntil: until,
    content: plain,
    contentSha256: licenceContentSha256(plain),
    signature: signLicenceContent(plain, seal.privateKey),
    sealKeyId: seal.id,
  });
  return {
    serial,
    itemCode: licence.itemCode,
    itemVersion: licence.itemVersion,
    materialTypeCode: licence.materialTypeCode,
    issuedAt: at.toISOString(),
    validUntil: until?.toISOString() ?? null,
    content: plain,
    contentSha256: licence.contentSha256,
    signature: licence.signature,
    sealKeyId: seal.id,
  };
}

/**
 * The sign mutation's use case: the sign step with the fees stated. A sign-off charging a fee
 * outside the case's fee assessment is refused (`FEE_OUTSIDE_CATALOG`), changes nothing, and is
 * announced as `department.charge.refused` in a transaction of its own, so supervision records
 * it as the violation it is (as a refused staff act is).
 */
export async function signTask(
  context: RequestContext,
  department: DepartmentDefinition,
  taskId: string,
  fees: DepartmentFeeChargeInput[],
): Promise<DepartmentTask> {
  const charges = chargesOf(fees);
  try {
    return await runStep(context, department.code, taskId, signStep(department, charges));
  } catch (error) {
    if (error instanceof DomainError && error.code === feeOutsideCatalog) {
      await announceChargeRefused(context, department.code, taskId, charges);
    }
    throw error;
  }
}

async function announceChargeRefused(
  context: RequestContext,
  departmentCode: string,
  taskId: string,
  charges: ChargedFeePayload[],
): Promise<void> {
  const em = context.em.fork({ clear: true, useContext: false });
  await em.transactional(async (tx) => {
    const task = await tx.findOneOrFail(DepartmentTask, { id: taskId });
    await publishEvent(tx, {
      topic: chargeRefusedTopic,
      key: taskId,
      payload: {
        caseId: task.caseId,
        taskId,
        departmentCode,
        by: context.identity.subject!,
        fees: charges,
        outside: chargesOutsideAssessment(task, charges),
        assessed: assessedFees(task),
        at: clock.now().toISOString(),
      },
    });
  });
}
