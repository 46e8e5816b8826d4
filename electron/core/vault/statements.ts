// Prepared-statement cache per connection. better-sqlite3's prepare() compiles the SQL every time,
// which showed up as ~7% of the send pipeline's CPU; the hot paths (chat turns, ledger entries)
// reuse their statements instead. Only for SQL text from a small fixed set, never built from data.
import type Database from 'better-sqlite3-multiple-ciphers';
import type { Db } from './open-vault';

const caches = new WeakMap<Db, Map<string, Database.Statement>>();

/** The prepared statement for sql on db, compiled on first use. */
export function statement(db: Db, sql: string): Database.Statement {
  let cache = caches.get(db);
  if (!cache) {
    cache = new Map();
    caches.set(db, cache);
  }
  let s = cache.get(sql);
  if (!s) {
    s = db.prepare(sql);
    cache.set(sql, s);
  }
  return s;
}
