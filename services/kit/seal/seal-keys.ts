import { Migration } from '@mikro-orm/migrations';
import type { EntityManager, MigrationObject } from '@mikro-orm/postgresql';
import { randomUUID } from 'node:crypto';
import { sealGeneratedTopic, type SealGeneratedPayload } from '../../contracts';
import { publishEvent } from '../events/publish-event';
import {
  decryptPrivateKey,
  encryptPrivateKey,
  generateSealKeyPair,
  sealAlgorithm,
} from './seal-crypto';

export { sealGeneratedTopic, type SealGeneratedPayload } from '../../contracts';

class SealKeyMigration extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
      create table seal_key (
        id uuid primary key,
        algorithm text not null,
        public_key text not null,
        private_key_sealed text not null,
        active boolean not null default true,
        created_at timestamptz not null default now()
      )`);
    // A second replica racing the first can never leave two active keys behind.
    this.addSql(`create unique index seal_key_one_active on seal_key (active) where active`);
  }
}

/** Add to a department's `migrations` to keep its approval seal in its own schema. */
export const sealKeyMigration: MigrationObject = {
  name: 'Migration20261127130000_kit_seal_key',
  class: SealKeyMigration,
};

export interface SealKey {
  id: string;
  algorithm: string;
  publicKey: string;
  createdAt: Date;
}

interface SealKeyRow extends SealKey {
  privateKeySealed: string;
}

const selectActive = `
  select id, algorithm, public_key as "publicKey", private_key_sealed as "privateKeySealed",
         created_at as "createdAt"
    from seal_key where active`;

async function activeRow(em: EntityManager): Promise<SealKeyRow | null> {
  const [row] = await em
    .getConnection()
    .execute<SealKeyRow[]>(selectActive, [], 'all', em.getTransactionContext());
  return row ? { ...row, createdAt: new Date(row.createdAt) } : null;
}

/** The department's active seal, without its private half; null before the first start. */
export async function activeSealKey(em: EntityManager): Promise<SealKey | null> {
  const row = await activeRow(em);
  if (!row) return null;
  return {
    id: row.id,
    algorithm: row.algorithm,
    publicKey: row.publicKey,
    createdAt: row.createdAt,
  };
}

/**
 * Gives the department its seal on first start and does nothing afterwards. Replicas starting
 * together queue on an advisory lock, so only the first generates; the public key is announced
 * in the same transaction, so the center learns of every key that exists and of no other.
 */
export async function ensureSealKey(
  em: EntityManager,
  { departmentCode, secret }: { departmentCode: string; secret: string },
): Promise<SealKey> {
  return em.fork().transactional(async (tx) => {
    const connection = tx.getConnection();
    const transaction = tx.getTransactionContext();
    const schema = tx.config.get('schema');
    await connection.execute(
      'select pg_advisory_xact_lock(hashtext(?))',
      [`${schema}.seal_key`],
      'all',
      transaction,
    );
    const existing = await activeSealKey(tx);
    if (existing) return existing;
    const id = randomUUID();
    const pair = generateSealKeyPair();
    const [row] = await connection.execute<{ createdAt: Date }[]>(
      `insert into seal_key (id, algorithm, public_key, private_key_sealed) values (?, ?, ?, ?)
       returning created_at as "createdAt"`,
      [
        id,
        sealAlgorithm,
        pair.publicKey,
        encryptPrivateKey(pair.privateKey, { secret, departmentCode, keyId: id }),
      ],
      'all',
      transaction,
    );
    const createdAt = new Date(row.createdAt);
    const payload: SealGeneratedPayload = {
      departmentCode,
      keyId: id,
      algorithm: sealAlgorithm,
      publicKey: pair.publicKey,
      at: createdAt.toISOString(),
    };
    await publishEvent(tx, { topic: sealGeneratedTopic, key: departmentCode, payload });
    return { id, algorithm: sealAlgorithm, publicKey: pair.publicKey, createdAt };
  });
}

/** The active seal with its private half opened, for the one moment a licence is signed. */
export async function openActiveSeal(
  em: EntityManager,
  { departmentCode, secret }: { departmentCode: string; secret: string },
): Promise<(SealKey & { privateKey: Buffer }) | null> {
  const row = await activeRow(em);
  if (!row) return null;
  const { privateKeySealed, ...key } = row;
  return {
    ...key,
    privateKey: decryptPrivateKey(privateKeySealed, { secret, departmentCode, keyId: row.id }),
  };
}
