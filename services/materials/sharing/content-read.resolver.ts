import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../kit';
import { Material } from '../material/material.entity';
import { materialById } from '../material/material.loader';
import { ContentRead } from './content-read.entity';

@Resolver(() => ContentRead)
export class ContentReadResolver {
  @FieldResolver(() => Material, { description: 'The material version that was read.' })
  material(@Root() read: ContentRead, @Ctx() context: RequestContext) {
    return materialById(context).load(read.materialId);
  }
}
