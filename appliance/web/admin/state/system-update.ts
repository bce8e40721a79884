import { ApiError, OfflineError } from '../../shared/api';
import type { ApiAnswer } from '../../shared/appliance-api';
import { manager } from './session';

export type UpdateStatus = ApiAnswer<'/api/v1/system/updates', 'post'>;

/**
 * Sends a system update bundle (.raucb, hundreds of MiB) as the file's own bytes: the JSON client
 * cannot carry a binary body. Answers the update status (`queued`).
 */
export async function uploadUpdate(bundle: File): Promise<UpdateStatus> {
  let res: Response;
  try {
    res = await fetch('/api/v1/system/updates', {
      method: 'POST',
      headers: { 'content-type': 'application/octet-stream', authorization: `Bearer ${manager.value?.token ?? ''}` },
      body: bundle,
    });
  } catch {
    throw new OfflineError();
  }
  const envelope = (await res.json().catch(() => null)) as { success?: boolean; data?: UpdateStatus } | null;
  if (!envelope?.success || !envelope.data) throw ApiError.from(res, envelope);
  return envelope.data;
}
