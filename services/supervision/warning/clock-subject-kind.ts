import { registerEnumType } from 'type-graphql';

export enum ClockSubjectKind {
  CASE = 'CASE',
  TASK = 'TASK',
  COMMITMENT = 'COMMITMENT',
}

registerEnumType(ClockSubjectKind, {
  name: 'ClockSubjectKind',
  description: 'What a clock belongs to.',
  valuesConfig: {
    CASE: { description: 'The whole case, against its time limit.' },
    TASK: { description: "One department's task, against its time limit." },
    COMMITMENT: {
      description:
        'One material a case was accepted without under commitment, against its deadline.',
    },
  },
});
