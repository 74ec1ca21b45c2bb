import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';

export enum ChainBreak {
  CONTENT_CHANGED = 'CONTENT_CHANGED',
  LINK_MISMATCH = 'LINK_MISMATCH',
  MISSING_ENTRY = 'MISSING_ENTRY',
  MISSING_EVENT = 'MISSING_EVENT',
}

registerEnumType(ChainBreak, {
  name: 'ChainBreak',
  description: 'Why an audit log entry does not fit its chain.',
  valuesConfig: {
    CONTENT_CHANGED: { description: "The entry's content no longer gives its recorded hash." },
    LINK_MISMATCH: { description: 'The entry does not name the hash of the entry before it.' },
    MISSING_ENTRY: { description: 'An entry before this one is missing from the sequence.' },
    MISSING_EVENT: {
      description:
        'An event supervision has been handed is not in the log, though every link holds (firstBrokenEventPosition names it).',
    },
  },
});

@ObjectType({ description: 'The outcome of recomputing the audit log hash chain.' })
export class ChainVerification {
  @Field({ description: 'Whether every entry fits the chain.' })
  valid!: boolean;

  @Field(() => Int, { description: 'How many entries were checked and found sound.' })
  entriesChecked!: number;

  @Field(() => String, { nullable: true, description: 'Sequence of the first broken entry.' })
  firstBrokenSequence!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Event position of the first broken entry.',
  })
  firstBrokenEventPosition!: string | null;

  @Field(() => ChainBreak, { nullable: true, description: 'Why the first broken entry fails.' })
  reason!: ChainBreak | null;

  @Field(() => String, {
    nullable: true,
    description:
      'Hash of the last entry when the chain is sound: keep it to detect later rewrites.',
  })
  headHash!: string | null;
}
