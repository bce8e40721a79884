import { SealedColumn } from '../kernel/pii/sealed-column.js';

/**
 * What a job prints is kept sealed until it is on paper: a DANFE or receipt carries the
 * consumer's CPF/CNPJ na nota. A printed job's payload is then blanked (`''`): reprints come from
 * their source (the fiscal document's DANFE), never from the queue.
 */
export const sealedPrintPayloads = new SealedColumn({ table: 'print_jobs', column: 'payload' });
