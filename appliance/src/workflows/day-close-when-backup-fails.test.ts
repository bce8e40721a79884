import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ROLE_PERMISSIONS } from '../auth/index.js';
import type { TestAppliance } from '../kernel/testing/harness.js';
import { apiAs, startTillStore } from './test-support.js';

/**
 * The day's close commits the Z report, then copies the database (the backup). When the copy
 * cannot be written (the store's disk has room for the day's last commits but not for a whole copy
 * of the database), the day is closed all the same and its Z printed: the manager must be told
 * so, with the Z on screen and what failed, not "Erro interno. A operação não foi concluída; tente
 * novamente." for a close that happened, followed by "Nenhum dia de operação aberto" on the retry.
 */
describe('closing the day when the backup cannot be written', () => {
  let app: TestAppliance | undefined;
  afterEach(async () => {
    await app?.close();
    app = undefined;
  });

  it('answers the closed day and its Z, and says the backup failed', async () => {
    app = await startTillStore();
    const manager = apiAs(app, [...ROLE_PERMISSIONS.MANAGER], 'MANAGER');
    // Where the copies go, something the copy cannot be written into.
    writeFileSync(join(app.ctx.config.dataDir, 'backups'), '');
    const key = { 'idempotency-key': 'fechar-dia-sem-copia' };

    const closed = await manager.post('/business-days/current/close', { resolve: { cancelDrafts: true } }, key);
    expect(closed.status, JSON.stringify(closed.body)).toBe(200);
    expect(closed.body.data.day.status).toBe('CLOSED');
    expect(closed.body.data.text).toContain('REDUÇÃO Z - FECHAMENTO DO DIA');
    expect(closed.body.data.backup).toBeNull();
    expect(closed.body.data.backupFailure).toEqual({
      code: 'BACKUP_FAILED',
      message: 'O dia foi fechado e o relatório Z está salvo, mas a cópia de segurança do dia não pôde ser gravada. Verifique o espaço em disco e faça uma cópia agora em Cópias de segurança.',
    });

    // The same request again answers the same close.
    const retried = await manager.post('/business-days/current/close', { resolve: { cancelDrafts: true } }, key);
    expect(retried.status, JSON.stringify(retried.body)).toBe(200);
    expect(retried.body.data).toEqual(closed.body.data);
  });
});
