import { clock } from '../../kit';
import { Entity, Enum, PrimaryKey, Property } from '@mikro-orm/postgresql';
import { Field, Int, ObjectType } from 'type-graphql';
import { WindowKind } from './window-kind';
import type { WindowShare } from './window-share';

@ObjectType('Window', {
  description: 'A numbered window of the service center where applicants hand in applications.',
})
@Entity({ tableName: 'service_window' })
export class ServiceWindow {
  @Field(() => Int, { description: 'Number shown above the window.' })
  @PrimaryKey({ type: 'integer', autoincrement: false })
  number!: number;

  @Field({ description: 'Name of the window, e.g. `Investment projects`.' })
  @Property({ type: 'string' })
  name!: string;

  @Field(() => WindowKind, { description: 'Whether it serves one department or several.' })
  @Enum({ items: () => WindowKind, nativeEnumName: 'window_kind' })
  kind!: WindowKind;

  @Property({ type: 'string', nullable: true })
  departmentCode: string | null = null;

  @Property({ type: 'json' })
  shares: WindowShare[] = [];

  @Field({ description: 'When the window was set up.' })
  @Property({ type: 'Date', defaultRaw: 'now()' })
  createdAt: Date = clock.now();
}

/** Whether a window takes applications for a department's items. */
export const windowServes = (window: ServiceWindow, departmentCode: string) =>
  window.kind === WindowKind.DEPARTMENT
    ? window.departmentCode === departmentCode
    : window.shares.some((share) => share.departmentCode === departmentCode);
