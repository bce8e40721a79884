import { ApiError, OfflineError } from '../../shared/api';
import { manager } from './session';

/**
 * Sends a product photo as the file's own bytes (the appliance resizes it once): the JSON client
 * cannot carry a binary body. Answers the photo's address.
 */
export async function uploadPhoto(productId: string, photo: File): Promise<string | null> {
  let res: Response;
  try {
    res = await fetch(`/api/v1/products/${encodeURIComponent(productId)}/photo`, {
      method: 'PUT',
      headers: { 'content-type': photo.type || 'application/octet-stream', authorization: `Bearer ${manager.value?.token ?? ''}` },
      body: photo,
    });
  } catch {
    throw new OfflineError();
  }
  const envelope = (await res.json().catch(() => null)) as { success?: boolean; data?: { photoUrl: string | null } } | null;
  if (!envelope?.success || !envelope.data) throw ApiError.from(res, envelope);
  return envelope.data.photoUrl;
}
