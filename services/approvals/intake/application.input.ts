import { Field, ID, InputType } from 'type-graphql';
import { SubjectKind } from '../case/subject-kind';

@InputType({ description: 'An application for a published bundle or a single published item.' })
export class ApplicationInput {
  @Field(() => SubjectKind, { description: 'Whether it is for a bundle or a single item.' })
  subjectKind!: SubjectKind;

  @Field(() => ID, { description: 'Code of the bundle or item.' })
  subjectCode!: string;

  @Field({ description: "What is applied for, in the applicant's words (1 to 200 characters)." })
  title!: string;

  @Field({
    description:
      'A key the client chooses once per application (1 to 100 characters): sending the same key again returns the same case instead of a second one.',
  })
  idempotencyKey!: string;
}

@InputType({ description: 'An application a window clerk accepts at a window for an applicant.' })
export class WindowApplicationInput extends ApplicationInput {
  @Field(() => ID, { description: 'The applicant the clerk applies for.' })
  applicantId!: string;
}
