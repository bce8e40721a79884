import type { ApiAnswer } from '../../shared/appliance-api';
import { decodeExport } from './decode-export';
import { api } from './session';

export type ImportJob = ApiAnswer<'/api/v1/catalog/imports/{id}', 'get'>;

/** How often the screen reads an import's progress while it runs. */
const PROGRESS_POLL_MS = 250;

/** Sends the file, then follows the import to its end, handing each progress reading to `onProgress`. */
export async function runImport(file: File, onProgress: (job: ImportJob) => void): Promise<ImportJob> {
  const content = decodeExport(new Uint8Array(await file.arrayBuffer()));
  let job: ImportJob = await api.post('/api/v1/catalog/imports', { body: { fileName: file.name, content } });
  onProgress(job);
  while (job.status === 'RUNNING') {
    await new Promise((resolve) => setTimeout(resolve, PROGRESS_POLL_MS));
    job = await api.get('/api/v1/catalog/imports/{id}', { params: { path: { id: job.id } } });
    onProgress(job);
  }
  return job;
}
