import { clock, staffRoles } from '../../kit';
import { Entity, Enum, PrimaryKey, Property } from '@mikro-orm/postgresql';
import { Authorized, Directive, Field, ID, ObjectType } from 'type-graphql';
import { StaffDuty } from './staff-duty';

@Directive('@key(fields: "subject")')
@ObjectType({
  description:
    'A member of department staff the center registered to a department and approval section. Only people working in the hub (any role but applicant) see staff; permits, trainings and evaluations only the person and the center, coordinators and supervisors.',
})
@Entity({ tableName: 'staff_member' })
export class StaffMember {
  @Authorized(...staffRoles)
  @Field(() => ID, {
    description: 'The stable id of the person, as their sign-in token names them.',
  })
  @PrimaryKey({ type: 'string' })
  subject!: string;

  @Authorized(...staffRoles)
  @Field({ description: 'Full name.' })
  @Property({ type: 'string' })
  name!: string;

  @Property({ type: 'string' })
  departmentCode!: string;

  @Property({ type: 'string', nullable: true })
  sectionCode: string | null = null;

  @Authorized(...staffRoles)
  @Field(() => StaffDuty, { description: 'What the person was registered to do.' })
  @Enum({ items: () => StaffDuty, nativeEnumName: 'staff_duty' })
  duty!: StaffDuty;

  @Property({ type: 'string' })
  registeredBy!: string;

  @Authorized(...staffRoles)
  @Field({ description: 'When the center registered the person.' })
  @Property({ type: 'Date', defaultRaw: 'now()' })
  createdAt: Date = clock.now();
}
