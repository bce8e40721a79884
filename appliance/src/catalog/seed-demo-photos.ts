import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, readFileSync, renameSync } from 'node:fs';
import { join } from 'node:path';
import type { ModuleContext } from '../kernel/module.js';
import { keepPhoto, PHOTO_ENCODING, photoDir, storePhoto } from './product-image.js';
import { setProductPhoto } from './products.js';

/**
 * Drawn illustrations of the demo menu (no photographs, nobody's copyright): each is an SVG that
 * goes through the upload path (decoded, cropped, resized once to the stored WebP), so a new store
 * opened with `npm start` shows the kiosk and POS with pictures.
 */
const SIZE = 640;
const svg = (background: string, body: string) =>
  `<svg xmlns="http://www.w3.org/2000/svg" width="${SIZE}" height="${SIZE}" viewBox="0 0 640 640"><rect width="640" height="640" fill="${background}"/>${body}</svg>`;

const plate = '<ellipse cx="320" cy="500" rx="260" ry="60" fill="#fff" opacity=".85"/>';

function burger(patty: string, extra = ''): string {
  return (
    plate +
    '<path d="M130 300 Q320 100 510 300 Z" fill="#e0a040"/>' +
    '<g fill="#fff6d8">' +
    [200, 260, 320, 380, 440].map((x, i) => `<ellipse cx="${x}" cy="${235 + (i % 2) * 20}" rx="9" ry="5"/>`).join('') +
    '</g><rect x="120" y="300" width="400" height="26" rx="12" fill="#5bb04a"/>' +
    '<rect x="130" y="322" width="380" height="22" fill="#f3c623"/>' +
    `<rect x="125" y="342" width="390" height="54" rx="24" fill="${patty}"/>${extra}` +
    '<path d="M135 400 H505 Q505 460 320 460 Q135 460 135 400 Z" fill="#d9963a"/>'
  );
}
const bacon = '<path d="M140 336 q40 -24 80 0 t80 0 t80 0 t80 0 t60 0" stroke="#b3362b" stroke-width="14" fill="none"/>';

const fries = () =>
  plate +
  '<g fill="#f6c945" stroke="#d89b22" stroke-width="4">' +
  [200, 240, 280, 320, 360, 400, 440].map((x, i) => `<rect x="${x - 14}" y="${150 + (i % 3) * 25}" width="28" height="200" rx="6" transform="rotate(${(i - 3) * 5} ${x} 350)"/>`).join('') +
  '</g><path d="M170 300 L470 300 L430 500 L210 500 Z" fill="#d32f2f"/><path d="M190 380 H450" stroke="#fff" stroke-width="14"/>';

const rings = () =>
  plate +
  '<g fill="none" stroke="#d9963a" stroke-width="34">' +
  [
    [230, 380],
    [400, 390],
    [320, 300],
  ]
    .map(([x, y]) => `<ellipse cx="${x}" cy="${y}" rx="90" ry="70"/>`)
    .join('') +
  '</g>';

function pizza(slices: string[]): string {
  const step = 360 / slices.length;
  const wedge = (colour: string, i: number) => {
    const a = ((i * step - 90) * Math.PI) / 180;
    const b = (((i + 1) * step - 90) * Math.PI) / 180;
    const r = 230;
    const large = step > 180 ? 1 : 0;
    return `<path d="M320 320 L${320 + r * Math.cos(a)} ${320 + r * Math.sin(a)} A${r} ${r} 0 ${large} 1 ${320 + r * Math.cos(b)} ${320 + r * Math.sin(b)} Z" fill="${colour}"/>`;
  };
  const dots = [
    [250, 230],
    [390, 250],
    [300, 400],
    [420, 380],
    [220, 350],
  ]
    .map(([x, y]) => `<circle cx="${x}" cy="${y}" r="22" fill="#b3362b"/>`)
    .join('');
  return `<circle cx="320" cy="320" r="270" fill="#c98a3c"/><circle cx="320" cy="320" r="245" fill="#e9b94f"/>${slices.map(wedge).join('')}${dots}`;
}

/** A soda can: its colour and a plain white band where a label would be (no text: no font to load). */
const can = (colour: string) =>
  plate +
  `<rect x="220" y="110" width="200" height="380" rx="30" fill="${colour}"/><rect x="235" y="95" width="170" height="30" rx="12" fill="#c9ced3"/>` +
  '<rect x="220" y="260" width="200" height="60" fill="#fff"/><rect x="220" y="335" width="200" height="12" fill="#fff"/>';

const glass = (colour: string, foam = false) =>
  plate +
  `<path d="M210 130 L430 130 L400 490 L240 490 Z" fill="#eef6fb" stroke="#9fb7c6" stroke-width="6"/><path d="M222 200 L418 200 L400 480 L240 480 Z" fill="${colour}"/>` +
  (foam ? '<path d="M215 160 L425 160 L420 205 L220 205 Z" fill="#fffbe8"/>' : '<circle cx="430" cy="150" r="48" fill="#f4a300" stroke="#fff" stroke-width="8"/>');

const beer = () =>
  plate +
  '<path d="M285 90 H355 V200 Q410 240 410 300 V480 Q410 500 390 500 H250 Q230 500 230 480 V300 Q230 240 285 200 Z" fill="#7a4b12"/><rect x="240" y="320" width="160" height="90" fill="#f3e0c8"/>';

const salad = () =>
  '<ellipse cx="320" cy="360" rx="260" ry="120" fill="#fff"/>' +
  [
    [220, 330, '#5bb04a'],
    [320, 300, '#7cc95f'],
    [420, 330, '#5bb04a'],
    [270, 370, '#d32f2f'],
    [380, 370, '#f39c12'],
    [320, 390, '#8e44ad'],
  ]
    .map(([x, y, c]) => `<circle cx="${x}" cy="${y}" r="55" fill="${c}"/>`)
    .join('') +
  '<path d="M60 360 Q320 600 580 360 Z" fill="#f0e6d6"/>';

const brownie = () =>
  plate + '<rect x="170" y="280" width="300" height="180" rx="18" fill="#5a3218"/><rect x="170" y="280" width="300" height="40" rx="18" fill="#6e3f1f"/><circle cx="360" cy="250" r="80" fill="#fff8e8"/><circle cx="330" cy="190" r="14" fill="#b3362b"/>';

const billiards = () =>
  '<rect x="60" y="120" width="520" height="400" rx="40" fill="#6e3f1f"/><rect x="95" y="155" width="450" height="330" rx="16" fill="#1b7f3b"/><circle cx="320" cy="320" r="90" fill="#1d242c"/><circle cx="320" cy="320" r="42" fill="#fff"/><circle cx="320" cy="306" r="13" fill="none" stroke="#1d242c" stroke-width="8"/><circle cx="320" cy="334" r="16" fill="none" stroke="#1d242c" stroke-width="8"/>';

/** The combo: its burger, its fries and its drink side by side. */
const combo = () =>
  svg(
    '#fbe3c4',
    `<g transform="translate(40 90) scale(.6)">${burger('#6b3a1e')}</g><g transform="translate(330 20) scale(.5)">${fries()}</g><g transform="translate(340 280) scale(.5)">${can('#c8102e')}</g>`,
  );

/** product id → its drawing. */
const DRAWINGS: Record<string, () => string> = {
  'prod-classic-burger': () => svg('#fbe3c4', burger('#6b3a1e')),
  'prod-bacon-burger': () => svg('#f6d2b8', burger('#6b3a1e', bacon)),
  'prod-veggie-burger': () => svg('#dff0d0', burger('#5f8a3a')),
  'prod-fries': () => svg('#fff1c9', fries()),
  'prod-onion-rings': () => svg('#fde7c8', rings()),
  'prod-pizza-half': () => svg('#f7dcc6', pizza(['#f4e2a0', '#d9603b'])),
  'prod-pizza-family': () => svg('#f3d6c2', pizza(['#f4e2a0', '#d9603b', '#9bbf4a', '#f7f0d8'])),
  'prod-coke': () => svg('#fde0de', can('#c8102e')),
  'prod-guarana': () => svg('#e2f3da', can('#1e8e3e')),
  'prod-orange-juice': () => svg('#fff0d6', glass('#f7a21b')),
  'prod-beer': () => svg('#f5ecd6', beer()),
  'prod-salad-bar': () => svg('#e8f3e0', salad()),
  'prod-brownie': () => svg('#f1e2d2', brownie()),
  'prod-combo-classic': combo,
  'prod-billiards': () => svg('#dbe7e0', billiards()),
};

/**
 * The stored photo of one drawing. With `CHEFIA_DEMO_PHOTO_CACHE` (set by the test suite, which starts
 * dozens of demo stores) a drawing is rendered once per machine and its WebP reused, keyed by the
 * drawing and the encoding; a store never sets it, and renders its drawings as uploads.
 */
async function demoPhoto(dataDir: string, cacheDir: string | undefined, drawing: string): Promise<string> {
  if (!cacheDir) return (await storePhoto(dataDir, Buffer.from(drawing))).file;
  const cached = join(cacheDir, `${createHash('sha256').update(`${PHOTO_ENCODING}\n${drawing}`).digest('hex').slice(0, 32)}.webp`);
  if (existsSync(cached)) return keepPhoto(dataDir, readFileSync(cached));
  const { file } = await storePhoto(dataDir, Buffer.from(drawing));
  mkdirSync(cacheDir, { recursive: true });
  // Renamed into place: another store starting at the same moment reads a whole file or none.
  const partial = `${cached}.${process.pid}.partial`;
  copyFileSync(join(photoDir(dataDir), file), partial);
  renameSync(partial, cached);
  return file;
}

/** Stores each demo product's drawing as its photo, then names them all in one journaled change. */
export async function seedDemoPhotos(ctx: ModuleContext): Promise<void> {
  const { dataDir, demoPhotoCacheDir } = ctx.config;
  const stored = await Promise.all(Object.entries(DRAWINGS).map(async ([productId, draw]) => ({ productId, file: await demoPhoto(dataDir, demoPhotoCacheDir, draw()) })));
  await ctx.commands.run(
    'catalog.seed_demo_photos',
    (tx) => {
      for (const { productId, file } of stored) setProductPhoto(tx, productId, file);
    },
    { actor: { type: 'system', id: 'demo-seed' } },
  );
}
