import { readConfig, Role, type Identity } from '../../services/kit';
import { signUserToken } from '../../gateway/user-token';

export interface GraphQLError {
  message: string;
  extensions?: { code?: string };
}

/** A GraphQL request that answered with errors; `codes` are their `extensions.code`. */
export class GraphQLRequestError extends Error {
  constructor(
    readonly codes: string[],
    errors: GraphQLError[],
  ) {
    super(errors.map((error) => `${error.extensions?.code ?? '?'}: ${error.message}`).join('; '));
  }
}

/** Sends GraphQL requests to one endpoint as any identity, with a token per identity. */
export function graphqlClient(url: string) {
  const secret = readConfig().userTokenSecret;
  const tokens = new Map<string, Promise<string>>();
  const tokenFor = (identity: Identity) => {
    const key = `${identity.subject}/${identity.roles.join(',')}`;
    if (!tokens.has(key)) tokens.set(key, signUserToken(identity, secret, '2h'));
    return tokens.get(key)!;
  };
  return {
    tokenFor,
    async request<T = any>(
      identity: Identity,
      query: string,
      variables: Record<string, unknown> = {},
    ): Promise<T> {
      const response = await fetch(url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          authorization: `Bearer ${await tokenFor(identity)}`,
        },
        body: JSON.stringify({ query, variables }),
      });
      const json = (await response.json()) as { data?: T; errors?: GraphQLError[] };
      if (json.errors?.length) {
        throw new GraphQLRequestError(
          json.errors.map((error) => error.extensions?.code ?? 'UNKNOWN'),
          json.errors,
        );
      }
      return json.data as T;
    },
  };
}

export type GraphQLClient = ReturnType<typeof graphqlClient>;

/** Department staff as the center's demo data registers them (permits, chief authorizations). */
export function departmentStaff(departmentCode: string, duty: 'reviewer' | 'chief'): Identity {
  return {
    subject: `staff-${departmentCode.toLowerCase()}-${duty}`,
    name: `${departmentCode} ${duty}`,
    roles: [duty === 'chief' ? Role.CHIEF_REPRESENTATIVE : Role.DEPARTMENT_REVIEWER],
    departmentCode,
    applicantId: null,
  };
}
