import { useEffect } from 'preact/hooks';
import { whenIdle } from '../../shared/idle';
import { PinForm } from '../../shared/PinForm';
import { pinLogin } from '../state/session';
import { errorText, t } from '../texts';
import { WaiterScreens } from './waiter-chunk';

const texts = { title: t('WAITER_LOGIN_TITLE'), username: t('WAITER_USERNAME'), pin: t('WAITER_PIN'), submit: t('WAITER_LOGIN') };

/** The waiter signs in on the paired phone by username and PIN. */
export function LoginScreen() {
  // The floor, the live link and the outbox of unsent rounds load while the waiter types the PIN, once the form is up.
  useEffect(() => whenIdle(WaiterScreens.preload, 3000), []);
  return <PinForm id="login-form" class="login" texts={texts} login={pinLogin} errorText={errorText} />;
}
