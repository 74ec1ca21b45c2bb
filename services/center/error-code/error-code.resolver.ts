import { Query, Resolver } from 'type-graphql';
import { errorCatalog, type ErrorCode } from '../../kit';
import { ErrorCodeEntry } from './error-code-entry';

@Resolver()
export class ErrorCodeResolver {
  @Query(() => [ErrorCodeEntry], {
    description:
      "Every code an error's `extensions.code` may carry, with its meaning; public, for clients to build their messages from.",
  })
  errorCodes(): ErrorCodeEntry[] {
    return Object.entries(errorCatalog).map(([code, meaning]) => ({
      code: code as ErrorCode,
      meaning,
    }));
  }
}
