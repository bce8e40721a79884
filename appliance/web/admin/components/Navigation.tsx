import { AREAS, area } from '../state/route';
import { logout, manager } from '../state/session';
import { STAFF_ROLES, type StaffRole } from '../state/users';
import { t } from '../texts';

const LABELS = {
  dashboard: 'ADMIN_NAV_DASHBOARD',
  store: 'ADMIN_NAV_STORE',
  menu: 'ADMIN_NAV_MENU',
  pricing: 'ADMIN_NAV_PRICING',
  floor: 'ADMIN_NAV_FLOOR',
  kitchen: 'ADMIN_NAV_KITCHEN',
  printers: 'ADMIN_NAV_PRINTERS',
  devices: 'ADMIN_NAV_DEVICES',
  users: 'ADMIN_NAV_USERS',
  fiscal: 'ADMIN_NAV_FISCAL',
  reports: 'ADMIN_NAV_REPORTS',
  chat: 'ADMIN_NAV_CHAT',
  delivery: 'ADMIN_NAV_DELIVERY',
} as const;

/** The areas as links (Tab and Enter, or Alt+number, or a tap) and who is signed in. */
export function Navigation() {
  const user = manager.value!.user;
  const role = (STAFF_ROLES as readonly string[]).includes(user.role) ? t(`ADMIN_ROLE_${user.role as StaffRole}`) : user.role;
  return (
    <nav class="nav" aria-label={t('ADMIN_TITLE')}>
      <strong class="brand">{t('ADMIN_TITLE')}</strong>
      {AREAS.map((name, index) => (
        <a key={name} href={`#${name}`} class={area.value === name ? 'on' : ''} aria-current={area.value === name ? 'page' : undefined}>
          {t(LABELS[name])}
          {index < 9 && <kbd>Alt+{index + 1}</kbd>}
        </a>
      ))}
      <span class="spacer" />
      <span class="who">{t('ADMIN_SIGNED_IN_AS', { name: user.name, role })}</span>
      <button type="button" onClick={logout}>
        {t('ADMIN_LOGOUT')}
      </button>
    </nav>
  );
}
