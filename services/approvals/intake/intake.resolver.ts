import { Arg, Authorized, Ctx, Mutation, Resolver } from 'type-graphql';
import {
  assertMayAct,
  badInput,
  CaseChannel,
  clock,
  DomainError,
  isUuid,
  type RequestContext,
  Role,
  StaffErrorCode,
} from '../../kit';
import { Case } from '../case/case.entity';
import { ApplicationInput, WindowApplicationInput } from './application.input';
import { submitCase } from './submit-case';

@Resolver()
export class IntakeResolver {
  @Authorized(Role.APPLICANT)
  @Mutation(() => Case, {
    description:
      'The applicant applies online for a published bundle or item. The case starts SUBMITTED while materials runs the one-time prerequisite check; the same idempotency key returns the same case.',
  })
  applyOnline(
    @Arg('input', () => ApplicationInput, { description: 'The application.' })
    input: ApplicationInput,
    @Ctx() { em, identity }: RequestContext,
  ): Promise<Case> {
    if (!identity.applicantId || !isUuid(identity.applicantId)) {
      throw new DomainError(
        'NO_APPLICANT_RECORD',
        'This account acts for no registered applicant; register at a window first.',
      );
    }
    return submitCase(em, {
      applicantId: identity.applicantId,
      channel: CaseChannel.ONLINE,
      submittedBy: identity.subject!,
      input,
    });
  }

  @Authorized(Role.WINDOW_CLERK)
  @Mutation(() => Case, {
    description:
      "A window clerk, registered and holding a valid work permit, accepts an application at a window on the applicant's behalf. The same clerk sending the same idempotency key gets the same case.",
  })
  async applyAtWindow(
    @Arg('input', () => WindowApplicationInput, { description: 'The application.' })
    input: WindowApplicationInput,
    @Ctx() context: RequestContext,
  ): Promise<Case> {
    const { identity, em } = context;
    if (!identity.departmentCode) {
      throw new DomainError(
        StaffErrorCode.NotRegisteredStaff,
        'A window clerk acts for the department the center registered them with.',
      );
    }
    await assertMayAct(context, {
      departmentCode: identity.departmentCode,
      role: Role.WINDOW_CLERK,
      at: clock.now(),
    });
    if (!isUuid(input.applicantId)) {
      throw badInput('applicantId is not an applicant id.', { applicantId: input.applicantId });
    }
    return submitCase(em, {
      applicantId: input.applicantId,
      channel: CaseChannel.WINDOW,
      submittedBy: identity.subject!,
      input,
    });
  }
}
