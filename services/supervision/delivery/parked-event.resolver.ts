import { Arg, Args, Authorized, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import {
  ConnectionType,
  PageArgs,
  findParkedEvent,
  listParkedEvents,
  ParkedEvent,
  requestParkedEventRetry,
  Role,
  type RequestContext,
} from '../../kit';

export const ParkedEventConnection = ConnectionType(ParkedEvent, 'parkedEvent');

/** Who watches event delivery across the hub and may have a parked event tried again. */
const operators = [Role.SUPERVISOR, Role.CENTER_ADMIN] as const;

@Resolver(() => ParkedEvent)
export class ParkedEventResolver {
  @Authorized(...operators)
  @Query(() => ParkedEventConnection, {
    description:
      'Events a consumer of any subgraph gave up on after its retries, newest first. Each one is missing from that consumer until it is retried.',
  })
  parkedEvents(
    @Arg('consumer', () => String, { nullable: true, description: 'Only this consumer.' })
    consumer: string | null,
    @Args() page: PageArgs,
    @Ctx() { em }: RequestContext,
  ) {
    return listParkedEvents(em, consumer, page);
  }

  @Authorized(...operators)
  @Mutation(() => ParkedEvent, {
    description:
      'Has a parked event handed to its consumer again, after the cause was fixed. It leaves the list once handled; if it fails again it stays, with the new error.',
  })
  async retryParkedEvent(
    @Arg('consumer', { description: 'The consumer that parked it.' }) consumer: string,
    @Arg('position', () => ID, { description: "The event's position in the event log." })
    position: string,
    @Ctx() { em }: RequestContext,
  ): Promise<ParkedEvent> {
    await requestParkedEventRetry(em, consumer, position);
    return findParkedEvent(em, consumer, position);
  }
}
