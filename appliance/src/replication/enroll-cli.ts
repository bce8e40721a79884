import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { MessageCatalog } from '../kernel/i18n/catalog.js';
import { CREDENTIAL_FILE } from './credential-store.js';
import { enrollAppliance } from './enroll.js';
import { replicationMessages } from './messages.pt-BR.js';
import { RelayHttpError } from './relay-client.js';

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
  const relayUrl = values.relay ?? process.env.CHEFIA_RELAY_URL;
  const code = values.code ?? process.env.CHEFIA_ENROLLMENT_CODE;
  if (!relayUrl || !code || !/^https?:\/\//.test(relayUrl)) {
    process.stderr.write(`${messages.t('replication.enroll.usage')}\n`);
    return 2;
  }
  const dataDir = resolve(values['data-dir'] ?? process.env.CHEFIA_DATA_DIR ?? './data');
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
