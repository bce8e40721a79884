import { PinForm } from '../../shared/PinForm';
import { pinLogin } from '../state/session';
import { errorText, t } from '../texts';

const texts = { title: t('WAITER_LOGIN_TITLE'), username: t('WAITER_USERNAME'), pin: t('WAITER_PIN'), submit: t('WAITER_LOGIN') };

/** The waiter signs in on the paired phone by username and PIN. */
export function LoginScreen() {
  return <PinForm id="login-form" class="login" texts={texts} login={pinLogin} errorText={errorText} />;
}
