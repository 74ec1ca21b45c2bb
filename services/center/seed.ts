import type { EntityManager } from '@mikro-orm/postgresql';

export const demoDepartments = [
  { code: 'DRC', name: 'Development and Reform Commission' },
  { code: 'NRP', name: 'Bureau of Natural Resources and Planning' },
  { code: 'EEB', name: 'Bureau of Ecology and Environment' },
  { code: 'HCB', name: 'Bureau of Housing and Urban-Rural Construction' },
  { code: 'AMR', name: 'Administration for Market Regulation' },
];

export async function seedCenter(em: EntityManager): Promise<void> {
  await em
    .createQueryBuilder('Department')
    .insert(demoDepartments)
    .onConflict('code')
    .ignore()
    .execute();
}
