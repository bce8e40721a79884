import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadProfiles } from '../../appliance/src/devices/profiles/loader.js';
import { repoRoot } from '../../appliance/src/kernel/paths.js';
import { udevRules } from './udev-rules.js';

export const RULES_FILE = join('os-image', 'rootfs', 'etc', 'udev', 'rules.d', '70-chefia-devices.rules');

writeFileSync(join(repoRoot(), RULES_FILE), udevRules(loadProfiles()));
process.stdout.write(`wrote ${RULES_FILE}\n`);
