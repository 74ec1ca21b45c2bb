import { Arg, Authorized, Ctx, ID, Mutation, Resolver } from 'type-graphql';
import { Role, type RequestContext } from '../../kit';
import { Case } from '../case/case.entity';
import { recordCommitmentException } from './record-commitment-exception';

@Resolver()
export class CommitmentResolver {
  @Authorized(Role.CENTER_ADMIN)
  @Mutation(() => Case, {
    description:
      "The center's documented exception: a case accepted under commitment may complete (and deliver its licences) without the committed materials. NO_OPEN_COMMITMENT when nothing holds it back.",
  })
  recordCommitmentException(
    @Arg('caseId', () => ID, { description: 'The case.' }) caseId: string,
    @Arg('reason', { description: 'Why the center allows it.' }) reason: string,
    @Arg('documentNumber', { description: 'Number of the document recording the decision.' })
    documentNumber: string,
    @Ctx() context: RequestContext,
  ) {
    return recordCommitmentException(context, { caseId, reason, documentNumber });
  }
}
