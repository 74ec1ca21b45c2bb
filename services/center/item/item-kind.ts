import { registerEnumType } from 'type-graphql';

export enum ItemKind {
  LICENCE = 'LICENCE',
  SERVICE = 'SERVICE',
  PENALTY = 'PENALTY',
  OTHER = 'OTHER',
}

registerEnumType(ItemKind, {
  name: 'ItemKind',
  description: 'What kind of power an item of the power list exercises.',
  valuesConfig: {
    LICENCE: { description: 'An administrative licence: permission to do something.' },
    SERVICE: { description: 'A public service: a registration, filing or certificate.' },
    PENALTY: { description: 'An administrative penalty.' },
    OTHER: { description: 'Any other administrative power.' },
  },
});
