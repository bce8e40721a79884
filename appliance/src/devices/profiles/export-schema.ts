import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { profileJsonSchemaText } from './json-schema.js';
import { PROFILE_SCHEMA_FILE } from './loader.js';
import { firmwareProfilesDir } from './repo-root.js';

// Regenerate with: npm run build && node dist/appliance/src/devices/profiles/export-schema.js
const target = join(firmwareProfilesDir(), PROFILE_SCHEMA_FILE);
writeFileSync(target, profileJsonSchemaText());
console.log(`wrote ${target}`);
