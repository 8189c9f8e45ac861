import type { Sql } from "../db/database";
import type { FieldCipher } from "./field-cipher";

/** A column that holds field-encrypted text; `aad` rebuilds the associated data from the row id. */
export interface EncryptedColumn {
  table: string;
  idColumn: string;
  column: string;
  aad: (id: string) => string;
}

/**
 * Re-encrypts every value not under the current key. Both old and new keys must be in `from`'s ring;
 * rows are rewritten in batches, each batch in its own transaction, so a crash can simply be re-run.
 */
export async function rotateEncryptedColumns(options: {
  sql: Sql;
  cipher: FieldCipher;
  columns: readonly EncryptedColumn[];
}): Promise<{ rewritten: number }> {
  const { sql, cipher, columns } = options;
  let rewritten = 0;
  const prefix = `enc:v1:${cipher.currentKeyId}:`;
  for (const col of columns) {
    for (;;) {
      const rows = await sql<{ id: string; value: string }[]>`
        select ${sql(col.idColumn)}::text as id, ${sql(col.column)} as value from ${sql(col.table)}
        where ${sql(col.column)} is not null and left(${sql(col.column)}, ${prefix.length}) <> ${prefix}
        limit 500`;
      if (rows.length === 0) break;
      await sql.begin(async (tx) => {
        for (const row of rows) {
          const plain = cipher.decrypt(row.value, col.aad(row.id));
          const next = cipher.encrypt(plain, col.aad(row.id));
          await tx`update ${tx(col.table)} set ${tx(col.column)} = ${next} where ${tx(col.idColumn)}::text = ${row.id}`;
        }
      });
      rewritten += rows.length;
    }
  }
  return { rewritten };
}
