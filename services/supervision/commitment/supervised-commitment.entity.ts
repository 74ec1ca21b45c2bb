import { Entity, PrimaryKey, Property } from '@mikro-orm/postgresql';
import { Field, ID, ObjectType } from 'type-graphql';
import { Clocked } from '../clock/clocked.entity';
import { CommitmentKeptBy } from './commitment-kept-by';

@ObjectType({
  description:
    'A material a case was accepted without under commitment, as supervision watches it: its own clock from acceptance to its deadline, yellow and red cards as for case clocks, and a `COMMITMENT_OVERDUE` violation once the deadline passed with the material unverified.',
})
@Entity({ tableName: 'supervised_commitment' })
export class SupervisedCommitment extends Clocked {
  @Field(() => ID, { description: 'Opaque id of the commitment clock.' })
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Field(() => ID, { description: 'The case accepted under commitment.' })
  @Property({ type: 'uuid' })
  caseId!: string;

  @Field({ description: 'Code of the material type committed to, e.g. `FIRE_SAFETY_DESIGN`.' })
  @Property({ type: 'string' })
  materialTypeCode!: string;

  @Field(() => CommitmentKeptBy, {
    nullable: true,
    description: 'How the clock stopped; null while it runs.',
  })
  @Property({ type: 'string', nullable: true })
  keptBy: CommitmentKeptBy | null = null;
}
