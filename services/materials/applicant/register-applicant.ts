import { UniqueConstraintViolationException } from '@mikro-orm/postgresql';
import {
  DomainError,
  Role,
  assertRegisteredStaff,
  badInput,
  conflict,
  hasRole,
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

/**
 * Registers an applicant at the window, by the center, or online by the applicant itself.
 *
 * Reform rule (one-stop completion, 一站式办结: acceptance runs online): an enterprise or person
 * registers itself from its own signed-in account, once; the record names that account so the
 * identity provider can put the applicant id into the account's tokens.
 */
export async function registerApplicant(
  context: RequestContext,
  input: RegisterApplicantInput,
): Promise<Applicant> {
  const { em, identity } = context;
  const selfRegistration = !hasRole(identity, Role.WINDOW_CLERK, Role.CENTER_ADMIN);
  if (selfRegistration && identity.applicantId) {
    throw new DomainError(
      'ALREADY_REGISTERED',
      'This account already acts for an applicant; it registers no other.',
      { applicantId: identity.applicantId },
    );
  }
  // Staff register others only while the center's registry certifies them.
  if (!selfRegistration) await assertRegisteredStaff(context);
  const identifier = checkIdentifier(input.kind, input.identifier);
  const name = input.name.trim();
  if (name === '' || name.length > 200) throw badInput('Give a name of 1 to 200 characters.');
  const applicant = em.create(Applicant, {
    kind: input.kind,
    name,
    identifier,
    registeredByAccount: selfRegistration ? identity.subject : null,
  } as Applicant);
  try {
    await em.persistAndFlush(applicant);
  } catch (error) {
    if (error instanceof UniqueConstraintViolationException) {
      if (selfRegistration && /registered_by_account/.test(error.message)) {
        throw new DomainError(
          'ALREADY_REGISTERED',
          'This account has already registered an applicant.',
          { account: identity.subject },
        );
      }
      throw conflict(`An applicant with identifier ${identifier} is already registered.`, {
        identifier,
      });
    }
    throw error;
  }
  return applicant;
}
