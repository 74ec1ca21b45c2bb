import { Arg, Ctx, ID, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../../kit';
import { serviceGuide } from './build-guide';
import { ServiceGuide } from './service-guide';

@Resolver()
export class GuideResolver {
  @Query(() => ServiceGuide, {
    description:
      'The service guide of one published item or one bundle (give exactly one of the two codes).',
  })
  serviceGuide(
    @Arg('itemCode', () => ID, { nullable: true, description: 'Code of a published item.' })
    itemCode: string | null,
    @Arg('bundleCode', () => ID, { nullable: true, description: 'Code of a bundle.' })
    bundleCode: string | null,
    @Ctx() { em }: RequestContext,
  ): Promise<ServiceGuide> {
    return serviceGuide(em, itemCode, bundleCode);
  }
}
