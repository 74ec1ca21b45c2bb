import { Field, InputType } from 'type-graphql';
import { WarningLevel } from '../clock/warning-level';
import { CaseStatus } from '../../kit';

@InputType({ description: 'Narrows the coordinator board; every field is optional.' })
export class CaseBoardFilter {
  @Field(() => CaseStatus, {
    nullable: true,
    description: 'Only cases with this status.',
  })
  status?: CaseStatus | null;

  @Field(() => String, { nullable: true, description: 'Only cases this department works on.' })
  departmentCode?: string | null;

  @Field(() => WarningLevel, { nullable: true, description: 'Only cases at this warning level.' })
  level?: WarningLevel | null;
}
