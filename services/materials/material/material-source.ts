import { registerEnumType } from 'type-graphql';

export enum MaterialSource {
  UPLOAD = 'UPLOAD',
  ELECTRONIC_LICENCE = 'ELECTRONIC_LICENCE',
}

registerEnumType(MaterialSource, {
  name: 'MaterialSource',
  description: 'How a material version came into the hub.',
  valuesConfig: {
    UPLOAD: { description: 'Uploaded by the applicant or at the window.' },
    ELECTRONIC_LICENCE: {
      description: 'A licence a department issued through the hub, verified at issue.',
    },
  },
});
