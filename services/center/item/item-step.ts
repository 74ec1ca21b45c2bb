import { Field, InputType, ObjectType, registerEnumType } from 'type-graphql';

export enum StepKind {
  ACCEPT = 'ACCEPT',
  REVIEW = 'REVIEW',
  SIGN = 'SIGN',
}

registerEnumType(StepKind, {
  name: 'StepKind',
  description: 'What an approval step does.',
  valuesConfig: {
    ACCEPT: { description: 'Accept the application at the window.' },
    REVIEW: { description: 'Review it in the approval section.' },
    SIGN: { description: "The chief representative signs the department's decision." },
  },
});

@ObjectType({ description: 'One approval step of an item, in order.' })
export class ItemStep {
  @Field(() => StepKind, { description: 'What the step does.' })
  kind!: StepKind;

  @Field({ description: 'Name of the step as the service guide shows it.' })
  name!: string;
}

@InputType({ description: 'One approval step of an item, in order.' })
export class ItemStepInput {
  @Field(() => StepKind, { description: 'What the step does.' })
  kind!: StepKind;

  @Field({ description: 'Name of the step as the service guide shows it.' })
  name!: string;
}

/** Accept, review, sign: the reform's ceiling for any item that is not a joint item. */
export const maxStepsOfItem = 3;
