import type { Db } from '../kernel/db/open.js';
import { prepareCached } from '../kernel/db/statements.js';

/** Whether a module's table exists: a test appliance may run without that module. */
export const tableExists = (db: Db, table: string) => Boolean(prepareCached(db, "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?").get(table));
