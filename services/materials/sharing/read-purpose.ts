import { registerEnumType } from 'type-graphql';

export enum ReadPurpose {
  CASE = 'CASE',
  REVIEW = 'REVIEW',
}

registerEnumType(ReadPurpose, {
  name: 'ReadPurpose',
  description: "Why a department read an applicant's material.",
  valuesConfig: {
    CASE: { description: 'To work on a task of a case that needs the material.' },
    REVIEW: { description: 'The lead department, for the one-time prerequisite review.' },
  },
});
