import type { AnyEntity, EntityClass, EntityManager, MigrationObject } from '@mikro-orm/postgresql';
import type { RequestContext } from '../context/request-context';
import type { DepartmentTask } from './department-task.entity';

/** A field a department adds to its review type, resolved per task (use a DataLoader). */
export interface ReviewField {
  name: string;
  type: () => unknown;
  nullable?: boolean;
  description: string;
  resolve(review: DepartmentTask, context: RequestContext): unknown;
}

/** Everything that makes one department's subgraph differ from another's. */
export interface DepartmentDefinition {
  /** Department code as the center knows it, e.g. `DRC`. */
  code: string;
  name: string;
  port: number;
  /** What its sign-off issues. */
  licence: {
    title: string;
    /**
     * The licence material type it becomes for later applications: one of its own, never a
     * prerequisite's type (reform rule: electronic licences are materials in their own right).
     */
    materialTypeCode: string;
    /** Null when the licence does not lapse. */
    validityYears: number | null;
  };
  entities?: EntityClass<AnyEntity>[];
  /** Its own migrations, named after the kit's (timestamps from 20261127140000). */
  migrations?: MigrationObject[];
  // type-graphql resolvers are classes; their shapes vary freely.
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  resolvers?: Function[];
  /** Fields of its own on `<Code>Review`. */
  fields?: ReviewField[];
  /** Facts of its own sealed into the licence content (under `details`). */
  licenceDetails?: (em: EntityManager, task: DepartmentTask) => Promise<object | null>;
}

/** `DRC` -> `Drc`: the prefix of the department's type names. */
export const typePrefix = (code: string) => code.charAt(0) + code.slice(1).toLowerCase();

/** `DRC` -> `DrcReview`: the department's implementation of `DepartmentReview`. */
export const reviewTypeName = (code: string) => `${typePrefix(code)}Review`;

/** `DRC` -> `department_drc`: subgraph and schema name. */
export const departmentSubgraphName = (code: string) => `department_${code.toLowerCase()}`;
