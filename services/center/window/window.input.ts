import { Field, InputType, Int } from 'type-graphql';
import { WindowKind } from './window-kind';
import { WindowShareInput } from './window-share';

@InputType({ description: 'A new window of the service center.' })
export class CreateWindowInput {
  @Field(() => Int, { description: 'Number shown above the window.' })
  number!: number;

  @Field({ description: 'Name of the window.' })
  name!: string;

  @Field(() => WindowKind, { description: 'Whether it serves one department or several.' })
  kind!: WindowKind;

  @Field(() => String, {
    nullable: true,
    description: 'The department a DEPARTMENT window is assigned to.',
  })
  departmentCode?: string | null;

  @Field(() => [WindowShareInput], {
    nullable: true,
    description: 'Which department staffs a COMPREHENSIVE window on which days.',
  })
  shares?: WindowShareInput[] | null;
}
