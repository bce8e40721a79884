import { CHANNEL_LABELS, CHANNELS } from '../state/pricing';
import { t } from '../texts';

/** A sales channel (balcão, mesa, entrega…) by its pt-BR name. */
export function ChannelSelect({ defaultValue }: { defaultValue: string }) {
  return (
    <label>
      {t('ADMIN_RULE_CHANNEL')}
      <select name="channel" defaultValue={defaultValue}>
        {CHANNELS.map((c) => (
          <option key={c} value={c}>
            {t(CHANNEL_LABELS[c])}
          </option>
        ))}
      </select>
    </label>
  );
}
