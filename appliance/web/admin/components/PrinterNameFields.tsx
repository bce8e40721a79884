import { t } from '../texts';

/** The id and name every new printer needs, network or plugged in. */
export function PrinterNameFields() {
  return (
    <>
      <label>
        {t('ADMIN_PRINTER_ID')}
        <input name="id" required pattern="[a-z0-9][a-z0-9-]{0,39}" title={t('ADMIN_PRINTER_ID_HINT')} />
      </label>
      <label>
        {t('ADMIN_NAME')}
        <input name="name" required maxLength={60} />
      </label>
    </>
  );
}
