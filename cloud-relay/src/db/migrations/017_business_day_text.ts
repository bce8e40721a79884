import type { RelayMigration } from '../migrate.js';

/**
 * The Z report as the store printed it (pt-BR, 48 columns), which the portal shows as is: HQ reads
 * the store's own receipt. Null for days closed by earlier releases, whose event has no text.
 * business_days is not partitioned, so the column goes on the table itself.
 */
export const businessDayTextMigration: RelayMigration = {
  id: 'relay/017_business_day_text',
  sql: `
ALTER TABLE pos_modern.business_days ADD COLUMN report_text text;
`,
};
