/**
 * The topic scheme, rooted at `store/{storeId}/`:
 *   events/{type}                       journal events, published only by the appliance
 *   kds/{station}/tickets/{ticketId}    retained open tickets per station
 *   kds/{station}/commands              start | bump | recall | void from KDS screens
 *   kds/{station}/allday                retained all-day counts
 *   printers/{printerId}/jobs/{jobId}   print job state
 *   devices/{deviceId}/#                per-device messages (e.g. customer display lines)
 */
export function storeRoot(storeId: string): string {
  return `store/${storeId}`;
}

/** True when every topic matched by `filter` is also matched by `allowed` (both MQTT filters). */
export function filterWithin(filter: string, allowed: string): boolean {
  const f = filter.split('/');
  const a = allowed.split('/');
  for (let i = 0; i < f.length; i++) {
    const want = a[i];
    if (want === undefined) return false;
    if (want === '#') return true;
    if (f[i] === '#') return false;
    if (want === '+') continue;
    if (f[i] === '+' || f[i] !== want) return false;
  }
  return f.length === a.length || (a.length === f.length + 1 && a[f.length] === '#');
}

/** True when the concrete topic matches the MQTT filter. */
export function topicMatches(filter: string, topic: string): boolean {
  const f = filter.split('/');
  const t = topic.split('/');
  for (let i = 0; i < f.length; i++) {
    if (f[i] === '#') return true;
    if (i >= t.length) return false;
    if (f[i] !== '+' && f[i] !== t[i]) return false;
  }
  return f.length === t.length;
}
