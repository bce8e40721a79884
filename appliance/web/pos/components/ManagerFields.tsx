import type { ManagerApproval } from '../state/sale';
import { t } from '../texts';

/** The manager's username and PIN that approve an action, sent as `managerOverride`. */
export function ManagerFields() {
  return (
    <>
      <label>
        {t('POS_MANAGER')}
        <input name="manager" autocapitalize="off" />
      </label>
      <label>
        {t('POS_MANAGER_PIN')}
        <input name="pin" type="password" inputMode="numeric" maxLength={6} />
      </label>
    </>
  );
}

/** What the manager typed into `ManagerFields`. */
export function managerApprovalOf(data: FormData): ManagerApproval {
  return { username: String(data.get('manager') ?? '').trim(), pin: String(data.get('pin') ?? '').trim() };
}
