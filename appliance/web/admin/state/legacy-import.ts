import type { ApiAnswer } from '../../shared/appliance-api';
import { api } from './session';

export type ImportJob = ApiAnswer<'/api/v1/catalog/imports/{id}', 'get'>;

/** How often the screen reads an import's progress while it runs. */
const PROGRESS_POLL_MS = 250;

/**
 * The old system's export as text: UTF-8 when it says so with a BOM or decodes cleanly,
 * otherwise Latin-1 (Windows-1252), what older Brazilian POS systems write.
 */
export function decodeExport(bytes: Uint8Array): string {
  const hasBom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  if (hasBom) return new TextDecoder('utf-8').decode(bytes.subarray(3));
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}

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
