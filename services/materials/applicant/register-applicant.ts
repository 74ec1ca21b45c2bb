import { UniqueConstraintViolationException } from '@mikro-orm/postgresql';
import {
  DomainError,
  assertRegisteredStaff,
  badInput,
  conflict,
  type RequestContext,
} from '../../kit';
import { Applicant } from './applicant.entity';
import { ApplicantKind } from './applicant-kind';
import { isValidCreditCode } from './credit-code';
import { isValidIdNumber } from './id-number';
import type { RegisterApplicantInput } from './register-applicant.input';

export function checkIdentifier(kind: ApplicantKind, raw: string): string {
  const identifier = raw.trim().toUpperCase();
  if (kind === ApplicantKind.ENTERPRISE && !isValidCreditCode(identifier)) {
    throw new DomainError(
      'INVALID_CREDIT_CODE',
      `"${raw}" is not a valid unified social credit code (18 characters with a GB 32100-2015 check character).`,
      { identifier: raw },
    );
  }
  if (kind === ApplicantKind.PERSON && !isValidIdNumber(identifier)) {
    throw new DomainError(
      'INVALID_ID_NUMBER',
      `"${raw}" is not a valid resident ID number (18 characters with a GB 11643 check digit).`,
      { identifier: raw },
    );
  }
  return identifier;
}

export async function registerApplicant(
  context: RequestContext,
  input: RegisterApplicantInput,
): Promise<Applicant> {
  await assertRegisteredStaff(context);
  const { em } = context;
  const identifier = checkIdentifier(input.kind, input.identifier);
  const name = input.name.trim();
  if (name === '' || name.length > 200) throw badInput('Give a name of 1 to 200 characters.');
  const applicant = em.create(Applicant, { kind: input.kind, name, identifier } as Applicant);
  try {
    await em.persistAndFlush(applicant);
  } catch (error) {
    if (error instanceof UniqueConstraintViolationException) {
      throw conflict(`An applicant with identifier ${identifier} is already registered.`, {
        identifier,
      });
    }
    throw error;
  }
  return applicant;
}
