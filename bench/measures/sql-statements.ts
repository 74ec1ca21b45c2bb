import { sqlStatements, type Identity } from '../../services/kit';
import { demoPeople } from '../../services/demo-people';
import { startHub } from '../../scripts/hub';
import { graphqlClient } from '../../scripts/flow/graphql-client';
import { boardQuery, catalogQuery, dossierQuery } from '../queries';

interface Probe {
  name: string;
  caller: Identity;
  query: string;
  small: { label: string; variables: Record<string, unknown> };
  large: { label: string; variables: Record<string, unknown> };
}

/**
 * SQL statements one request costs, counted in process as the tests count them: the whole hub
 * runs in this process on the bench database (background event delivery is not counted), and
 * each query is sent once for a small and once for a large list.
 */
export async function measureSqlStatements(
  databaseUrl: string,
  cases: { twoTasks: string; fourTasks: string },
) {
  const hub = await startHub({ databaseUrl, gatewayPort: 0, subgraphPort: 0, seed: false });
  try {
    const client = graphqlClient(hub.gatewayUrl);
    const probes: Probe[] = [
      {
        name: 'dossier (tasks of the case)',
        caller: demoPeople.coordinator,
        query: dossierQuery,
        small: { label: '2 tasks', variables: { id: cases.twoTasks } },
        large: { label: '4 tasks', variables: { id: cases.fourTasks } },
      },
      {
        name: 'catalog (items)',
        caller: demoPeople.applicant,
        query: catalogQuery,
        // The NRP's three items include the one with fees, so both lists touch every table.
        small: { label: "3 items (the NRP's)", variables: { first: 100, departmentCode: 'NRP' } },
        large: { label: '11 items (all)', variables: { first: 100 } },
      },
      {
        name: 'coordinator board (cases)',
        caller: demoPeople.coordinator,
        query: boardQuery,
        small: { label: '10 cases', variables: { first: 10 } },
        large: { label: '100 cases', variables: { first: 100 } },
      },
    ];
    const rows = [];
    for (const probe of probes) {
      const count = async (variables: Record<string, unknown>) => {
        // Once to warm caches that a first request fills (schema, calendar), then counted.
        await client.request(probe.caller, probe.query, variables);
        return sqlStatements.during(() => client.request(probe.caller, probe.query, variables));
      };
      const small = await count(probe.small.variables);
      const large = await count(probe.large.variables);
      rows.push({
        query: probe.name,
        small: probe.small.label,
        'small statements': small,
        large: probe.large.label,
        'large statements': large,
        equal: small === large ? 'yes' : 'NO',
      });
    }
    return rows;
  } finally {
    await hub.stop();
  }
}
