import type { TestAppliance } from '../kernel/testing/harness.js';

/**
 * The stock clerk (a manager with the stock permissions) calling the stock routes the back office
 * uses, in process: the status and the parsed answer.
 */
export function stockClerk(getApp: () => TestAppliance) {
  return async (method: string, path: string, body?: unknown): Promise<{ status: number; body: any }> => {
    const app = getApp();
    const res = await app.ctx.root.request(`/api/v1${path}`, {
      method,
      headers: { 'content-type': 'application/json', authorization: app.bearer(['stock.read', 'stock.manage'], { type: 'user', id: 'clerk', role: 'MANAGER' }) },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    return { status: res.status, body: await res.json() };
  };
}
