import { signal } from '@preact/signals';

/** The back office's areas, in menu order; the address bar keeps the one shown (`/admin#printers`). */
export const AREAS = ['dashboard', 'store', 'menu', 'pricing', 'floor', 'kitchen', 'printers', 'devices', 'users', 'fiscal', 'reports', 'chat', 'delivery'] as const;
export type Area = (typeof AREAS)[number];

function areaOf(hash: string): Area {
  const name = hash.replace(/^#/, '');
  return (AREAS as readonly string[]).includes(name) ? (name as Area) : 'dashboard';
}

export const area = signal<Area>(areaOf(location.hash));

export function go(next: Area): void {
  location.hash = next;
}

/** Back/forward and typed addresses move between areas; Alt+1…9 jumps to an area from the keyboard. */
export function bindNavigation(): void {
  window.addEventListener('hashchange', () => {
    area.value = areaOf(location.hash);
  });
  window.addEventListener('keydown', (event) => {
    if (!event.altKey || event.ctrlKey || event.metaKey) return;
    const index = Number(event.key) - 1;
    if (Number.isInteger(index) && index >= 0 && index < AREAS.length) {
      event.preventDefault();
      go(AREAS[index]);
    }
  });
}
