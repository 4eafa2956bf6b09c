import { DataSource, QueryFailedError } from 'typeorm';
import { dataSourceOptions } from './data-source-options';
import { Db } from './db.service';
import { QueryCounter } from './query-counter';

// One connection: what the pool hands out next is the session that holds the named statements.
let dataSource: DataSource;
let db: Db;
beforeAll(async () => {
  dataSource = new DataSource({ ...dataSourceOptions(process.env['DATABASE_URL'] as string), extra: { max: 1 }, logging: ['query'], logger: new QueryCounter() });
  await dataSource.initialize();
  db = new Db(dataSource);
});
afterAll(async () => {
  await dataSource.destroy();
});

describe('Db.prepared', () => {
  it('runs a named statement, prepared once on the connection, and counts every call as a query', async () => {
    const before = QueryCounter.count;
    const rows = [];
    for (let i = 0; i < 3; i++) rows.push(...(await db.prepared<{ n: number }>('spec-add-one', 'SELECT $1::int + 1 AS n', [i])));
    expect(rows).toEqual([{ n: 1 }, { n: 2 }, { n: 3 }]);
    expect(QueryCounter.count - before).toBe(3);
    // Embedded PGlite scopes the name to the connection (a prefix); PostgreSQL keeps it as given.
    const prepared = await db.query<{ name: string }>(`SELECT name FROM pg_prepared_statements WHERE name LIKE '%spec-add-one'`);
    expect(prepared).toHaveLength(1);
  });

  it("runs on a transaction's own connection when given its manager", async () => {
    const outside = await db.prepared<{ id: string }>('spec-txid', 'SELECT txid_current()::text AS id');
    const [inTx, onTx] = await db.transaction(async (tx) => [
      (await tx.query(`SELECT txid_current()::text AS id`)) as { id: string }[],
      await db.prepared<{ id: string }>('spec-txid', 'SELECT txid_current()::text AS id', [], tx),
    ]);
    expect(onTx).toEqual(inTx);
    expect(onTx).not.toEqual(outside);
  });

  it('fails as TypeORM queries do, with a QueryFailedError', async () => {
    await expect(db.prepared('spec-broken', 'SELECT FROM no_such_table_here')).rejects.toBeInstanceOf(QueryFailedError);
  });
});
