import { registerEnumType } from 'type-graphql';

export enum CaseChannel {
  ONLINE = 'ONLINE',
  WINDOW = 'WINDOW',
}

registerEnumType(CaseChannel, {
  name: 'CaseChannel',
  description: 'How an application reached the hub.',
  valuesConfig: {
    ONLINE: { description: 'The applicant applied online.' },
    WINDOW: { description: 'A certified window clerk accepted it at a window for the applicant.' },
  },
});
