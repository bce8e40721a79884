import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { repoRoot } from '../../../kernel/paths.js';
import { encodeDocument } from '../encoders/encode.js';
import { customerReceipt } from '../templates/customer-receipt.js';
import { sampleReceipt } from '../templates/sample-data.js';
import { EscPosParser } from './escpos-parser.js';
import { renderJobPng } from './render-png.js';
import { findProfile, loadProfiles } from '../../profiles/loader.js';
import type { PrinterProfile } from '../../profiles/schema.js';

/**
 * Renders the sample receipt through the real path (template -> ESC/POS bytes -> parser -> PNG)
 * into docs/img/receipt.png. Run: npm run build && node dist/appliance/src/devices/printer/virtual/render-sample.js
 */
const profile = findProfile(loadProfiles(), 'epson-tm-t20') as PrinterProfile;
const bytes = encodeDocument(customerReceipt(sampleReceipt, { columns: profile.printer.columns.fontA, timeZone: 'America/Sao_Paulo' }), profile.printer);
const parser = new EscPosParser();
parser.feed(bytes);
const target = process.argv[2] ?? join(repoRoot(), 'docs/img/receipt.png');
mkdirSync(dirname(target), { recursive: true });
writeFileSync(target, renderJobPng(parser.finish(), { dotsPerLine: profile.printer.dotsPerLine }));
console.log(`wrote ${target}`);
