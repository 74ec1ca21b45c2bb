import { randomUUID } from 'node:crypto';
import { UniqueConstraintViolationException, type EntityManager } from '@mikro-orm/postgresql';
import { badInput, CaseChannel, clock, DomainError, localDate, publishEvent, sql } from '../../kit';
import { Case } from '../case/case.entity';
import { CaseStatus } from '../case/case-status';
import { approvalsTopics, type CaseSubmittedPayload } from '../../contracts';
import { recordTimeline } from '../timeline/record';
import { TimelineKind } from '../timeline/timeline-kind';
import type { ApplicationInput } from './application.input';
import { resolveSubject } from './resolve-subject';

export interface Submission {
  applicantId: string;
  channel: CaseChannel;
  submittedBy: string;
  input: ApplicationInput;
}

function checkInput(input: ApplicationInput): { title: string; key: string; code: string } {
  const title = input.title.trim();
  const key = input.idempotencyKey.trim();
  const code = input.subjectCode.trim();
  if (title.length < 1 || title.length > 200) {
    throw badInput('A title has 1 to 200 characters.', { field: 'title' });
  }
  if (key.length < 1 || key.length > 100) {
    throw badInput('An idempotency key has 1 to 100 characters.', { field: 'idempotencyKey' });
  }
  if (!code) throw badInput('Name the bundle or item applied for.', { field: 'subjectCode' });
  return { title, key, code };
}

/** The same key from the same submitter means the same application, never a different one. */
function sameApplication(existing: Case, submission: Submission, code: string): Case {
  const { applicantId, input } = submission;
  if (
    existing.applicantId !== applicantId ||
    existing.subjectKind !== input.subjectKind ||
    existing.subjectCode !== code
  ) {
    throw new DomainError(
      'IDEMPOTENCY_KEY_REUSED',
      `The key ${existing.idempotencyKey} was used for case ${existing.reference}, a different application.`,
      { caseId: existing.id, reference: existing.reference },
    );
  }
  return existing;
}

/**
 * Creates a SUBMITTED case for the items in force and announces it, so materials runs the
 * one-time prerequisite check. Sending the same idempotency key again returns the first case.
 */
export async function submitCase(em: EntityManager, submission: Submission): Promise<Case> {
  const { title, key, code } = checkInput(submission.input);
  const previous = () =>
    em.fork().findOne(Case, { submittedBy: submission.submittedBy, idempotencyKey: key });
  const existing = await previous();
  if (existing) return sameApplication(existing, submission, code);
  const subject = await resolveSubject(em, submission.input.subjectKind, code);
  const now = clock.now();
  try {
    return await em.transactional(async (tx) => {
      const [{ number }] = await sql<{ number: string }>(
        tx,
        `select nextval('case_number') as number`,
      );
      const kase = tx.create(Case, {
        id: randomUUID(),
        reference: `OS-${localDate(now).slice(0, 4)}-${String(number).padStart(6, '0')}`,
        title,
        applicantId: submission.applicantId,
        subjectKind: submission.input.subjectKind,
        subjectCode: code,
        subjectVersion: subject.version,
        channel: submission.channel,
        submittedBy: submission.submittedBy,
        idempotencyKey: key,
        status: CaseStatus.SUBMITTED,
        items: subject.items,
        requirements: subject.requirements,
        departmentCodes: [...new Set(subject.items.map((item) => item.departmentCode))].sort(),
        timeLimitDays: subject.timeLimitDays,
        createdAt: now,
      } as Case);
      recordTimeline(tx, {
        caseId: kase.id,
        kind: TimelineKind.SUBMITTED,
        at: now,
        by: submission.submittedBy,
        summary: `Submitted ${submission.channel === CaseChannel.WINDOW ? 'at a window' : 'online'} for ${submission.input.subjectKind.toLowerCase()} ${code}.`,
      });
      await tx.flush();
      const payload: CaseSubmittedPayload = {
        caseId: kase.id,
        reference: kase.reference,
        applicantId: kase.applicantId,
        subject: { kind: kase.subjectKind, code },
        items: subject.items.map((item) => ({
          code: item.code,
          version: item.version,
          departmentCode: item.departmentCode,
        })),
        requirements: subject.requirements,
        channel: kase.channel,
        by: submission.submittedBy,
        at: now.toISOString(),
      };
      await publishEvent(tx, { topic: approvalsTopics.caseSubmitted, key: kase.id, payload });
      return kase;
    });
  } catch (error) {
    // Two requests with the same key raced; the one that committed first made the case.
    if (error instanceof UniqueConstraintViolationException) {
      const winner = await previous();
      if (winner) return sameApplication(winner, submission, code);
    }
    throw error;
  }
}
