import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { MessageCatalog } from '../kernel/i18n/catalog.js';
import { CREDENTIAL_FILE } from './credential-store.js';
import { enrollAppliance } from './enroll.js';
import { replicationMessages } from './messages.pt-BR.js';
import { RelayHttpError } from './relay-client.js';
import { loadConfig, type Config } from '../kernel/config.js';

const messages = new MessageCatalog();
messages.add('pt-BR', replicationMessages);

async function main(): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({
      options: { relay: { type: 'string' }, code: { type: 'string' }, 'data-dir': { type: 'string' }, force: { type: 'boolean' } },
    }));
  } catch {
    process.stderr.write(`${messages.t('replication.enroll.usage')}\n`);
    return 2;
  }
  let config: Config;
  try {
    config = loadConfig();
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n`);
    return 2;
  }
  const relayUrl = values.relay ?? config.relayUrl;
  const code = values.code ?? config.enrollmentCode;
  if (!relayUrl || !code || !/^https?:\/\//.test(relayUrl)) {
    process.stderr.write(`${messages.t('replication.enroll.usage')}\n`);
    return 2;
  }
  const dataDir = values['data-dir'] ? resolve(values['data-dir']) : config.dataDir;
  try {
    const result = await enrollAppliance({ dataDir, relayUrl, code, force: values.force });
    const params = { storeName: result.credential.storeName, storeCode: result.credential.storeCode, file: join(dataDir, CREDENTIAL_FILE) };
    process.stdout.write(`${messages.t(result.alreadyEnrolled ? 'replication.enroll.already' : 'replication.enroll.success', params)}\n`);
    return 0;
  } catch (error) {
    const reason =
      error instanceof RelayHttpError && error.code === 'ENROLLMENT_CODE_INVALID'
        ? messages.t('replication.enroll.invalidCode')
        : error instanceof RelayHttpError
          ? error.message
          : messages.t('replication.enroll.unreachable', { relayUrl });
    process.stderr.write(`${messages.t('replication.enroll.failed', { reason })}\n`);
    return 1;
  }
}

main().then((code) => process.exit(code));
