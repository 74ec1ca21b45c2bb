import { Field, ObjectType } from 'type-graphql';
import { AuditEntry } from './audit-entry';

@ObjectType({
  description: 'A range of the audit log with everything needed to check it elsewhere.',
})
export class AuditExport {
  @Field({ description: 'How each hash is computed, step by step.' })
  algorithm!: string;

  @Field({
    description:
      'The hash the first exported entry must name as previous: the link to the earlier log.',
  })
  anchorHash!: string;

  @Field(() => [AuditEntry], { description: 'The entries of the range, oldest first.' })
  entries!: AuditEntry[];

  @Field(() => String, { nullable: true, description: 'Hash of the last exported entry.' })
  headHash!: string | null;
}
