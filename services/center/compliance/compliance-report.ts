import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { Department } from '../department/department.entity';

export enum ComplianceRule {
  SECTIONS_AT_MOST_THREE = 'SECTIONS_AT_MOST_THREE',
  ITEMS_AT_MOST_THREE_STEPS = 'ITEMS_AT_MOST_THREE_STEPS',
  CHIEF_REPRESENTATIVE_AUTHORIZED = 'CHIEF_REPRESENTATIVE_AUTHORIZED',
  WINDOW_CLERKS_CERTIFIED = 'WINDOW_CLERKS_CERTIFIED',
  SEAL_REGISTERED = 'SEAL_REGISTERED',
  ITEMS_PUBLISHED = 'ITEMS_PUBLISHED',
}

registerEnumType(ComplianceRule, {
  name: 'ComplianceRule',
  description: 'A check of the reform inspection and acceptance.',
  valuesConfig: {
    SECTIONS_AT_MOST_THREE: { description: 'The department has at most 3 approval sections.' },
    ITEMS_AT_MOST_THREE_STEPS: {
      description: 'Every published item that is not joint has at most 3 steps.',
    },
    CHIEF_REPRESENTATIVE_AUTHORIZED: {
      description: 'A chief representative is authorized today and holds a valid work permit.',
    },
    WINDOW_CLERKS_CERTIFIED: {
      description: 'The department has window clerks, each holding a valid work permit.',
    },
    SEAL_REGISTERED: { description: 'An approval seal is registered and active.' },
    ITEMS_PUBLISHED: {
      description: 'The department has published items, and every item has a version in force.',
    },
  },
});

@ObjectType({ description: 'The outcome of one check for one department.' })
export class ComplianceCheck {
  @Field(() => ComplianceRule, { description: 'The check.' })
  rule!: ComplianceRule;

  @Field({ description: 'Whether the department passes it.' })
  passed!: boolean;

  @Field({ description: 'What was found, in words.' })
  detail!: string;

  @Field(() => [String], {
    description: 'The records that fail it: section or item codes, staff ids, authorization ids.',
  })
  failing!: string[];
}

@ObjectType({ description: 'The reform inspection and acceptance report of one department.' })
export class ComplianceReport {
  @Field(() => Department, { description: 'The department inspected.' })
  department!: Department;

  @Field({ description: 'Whether it passes every check.' })
  passed!: boolean;

  @Field(() => [ComplianceCheck], { description: 'Each check, in the order of the reform.' })
  checks!: ComplianceCheck[];
}
