import { Migration } from '@mikro-orm/migrations';

export class Migration20261127140000_seal_revocation extends Migration {
  override async up(): Promise<void> {
    // The center names seals by the SHA-256 of their public key (SPKI DER): keep it to match.
    this.addSql(`
      alter table seal_key
        add column fingerprint text,
        add column revoked_at timestamptz`);
    this.addSql(
      `update seal_key set fingerprint = encode(sha256(decode(public_key, 'base64')), 'hex')`,
    );
    this.addSql('alter table seal_key alter column fingerprint set not null');
    this.addSql('create index seal_key_fingerprint on seal_key (fingerprint)');
  }
}
