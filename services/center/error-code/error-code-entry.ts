import { Field, ObjectType } from 'type-graphql';
import { ErrorCodeEnum, type ErrorCode } from '../../kit';

@ObjectType({ description: 'One code an error may carry, and what it means.' })
export class ErrorCodeEntry {
  @Field(() => ErrorCodeEnum, { description: 'The code, as in `extensions.code`.' })
  code!: ErrorCode;

  @Field({ description: 'What the code means and what the caller can do about it.' })
  meaning!: string;
}
