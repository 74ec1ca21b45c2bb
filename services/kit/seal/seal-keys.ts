import { Migration } from '@mikro-orm/migrations';
import type { EntityManager, MigrationObject } from '@mikro-orm/postgresql';
import { randomUUID } from 'node:crypto';
import { sealGeneratedTopic, type SealGeneratedPayload } from '../../contracts';
import { publishEvent } from '../events/publish-event';
import { sql } from '../database/sql';
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

class SealKeyRevocationMigration extends Migration {
  override async up(): Promise<void> {
    this.addSql('alter table seal_key add column revoked_at timestamptz');
  }
}

/** When the center revoked a key: it never seals again. */
export const sealKeyRevocationMigration: MigrationObject = {
  name: 'Migration20261128170100_kit_seal_key_revocation',
  class: SealKeyRevocationMigration,
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
  const [row] = await sql<SealKeyRow>(em, selectActive);
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

/** Everything a department's seal keys are generated with. */
interface SealOwner {
  departmentCode: string;
  secret: string;
}

/** Serializes seal key changes of one department, across replicas. */
async function lockSealKeys(tx: EntityManager): Promise<void> {
  await sql(tx, 'select pg_advisory_xact_lock(hashtext(?))', [
    `${tx.config.get('schema')}.seal_key`,
  ]);
}

/**
 * A new key pair, kept encrypted in the department's schema as its active seal; the public key is
 * announced in the same transaction, so the center learns of every key that exists and no other.
 */
async function generateSealKey(
  tx: EntityManager,
  { departmentCode, secret }: SealOwner,
): Promise<SealKey> {
  const id = randomUUID();
  const pair = generateSealKeyPair();
  const [row] = await sql<{ createdAt: Date }>(
    tx,
    `insert into seal_key (id, algorithm, public_key, private_key_sealed) values (?, ?, ?, ?)
     returning created_at as "createdAt"`,
    [
      id,
      sealAlgorithm,
      pair.publicKey,
      encryptPrivateKey(pair.privateKey, { secret, departmentCode, keyId: id }),
    ],
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
}

/**
 * Gives the department its seal on first start and does nothing afterwards: a revoked seal is
 * replaced only by a deliberate renewal, never by a restart. Replicas starting together queue on
 * the lock, so only the first generates.
 */
export async function ensureSealKey(em: EntityManager, owner: SealOwner): Promise<void> {
  await em.fork().transactional(async (tx) => {
    await lockSealKeys(tx);
    const [{ n }] = await sql<{ n: number }>(tx, 'select count(*)::int as n from seal_key');
    if (n === 0) await generateSealKey(tx, owner);
  });
}

/**
 * Rotates the seal: the active key (if any) stops sealing and a new one takes its place. The old
 * public key stays on record everywhere, so licences it sealed keep verifying.
 */
export async function renewSealKey(tx: EntityManager, owner: SealOwner): Promise<SealKey> {
  await lockSealKeys(tx);
  await sql(tx, 'update seal_key set active = false where active');
  return generateSealKey(tx, owner);
}

/**
 * The center revoked a seal (named by the SHA-256 of its public key): it never seals again here.
 * The first revocation stands; a redelivery changes nothing.
 */
export async function revokeSealKey(
  em: EntityManager,
  { keyFingerprint, revokedAt }: { keyFingerprint: string; revokedAt: string },
): Promise<void> {
  await sql(
    em,
    `update seal_key set active = false, revoked_at = coalesce(revoked_at, ?)
      where encode(sha256(decode(public_key, 'base64')), 'hex') = ?`,
    [revokedAt, keyFingerprint],
  );
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
