import { registerEnumType } from 'type-graphql';

export enum SubjectKind {
  BUNDLE = 'BUNDLE',
  ITEM = 'ITEM',
}

registerEnumType(SubjectKind, {
  name: 'SubjectKind',
  description: 'What an application is for.',
  valuesConfig: {
    BUNDLE: { description: 'A published bundle ("one thing") of items of several departments.' },
    ITEM: { description: 'A single published item.' },
  },
});
