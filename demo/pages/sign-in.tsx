import { useId, useState, type FormEvent } from 'react';
import { signedInUser, type Locale } from '../routes';
import { words } from '../words';

const SESSION_COOKIE = 'weroom_session';
/** The demo's signed-in person, read by its records endpoint so that their choice follows them (REC-6). */
const USER_COOKIE = 'weroom_user';
const THIRTY_DAYS = 30 * 86_400;

function randomToken(): string {
  return Array.from(crypto.getRandomValues(new Uint8Array(16)), (byte) => byte.toString(16).padStart(2, '0')).join('');
}

/**
 * Weroom's sign-in. "Remember me" sets the weroom_session cookie, which the policy declares as a
 * features cookie: strictly necessary for the feature the person asked for, so no consent needed.
 */
export function SignIn({ locale }: { locale: Locale }) {
  const t = words[locale];
  const [signedIn, setSignedIn] = useState<{ email: string; remembered: boolean } | null>(() => {
    const email = signedInUser();
    return email ? { email, remembered: /(?:^|;\s*)weroom_session=/.test(document.cookie) } : null;
  });
  const hintId = useId();

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const email = String(form.get('email') ?? '');
    const remembered = form.get('remember') === 'on';
    if (remembered) {
      const secure = window.location.protocol === 'https:' ? '; Secure' : '';
      document.cookie = `${SESSION_COOKIE}=${randomToken()}; Max-Age=${THIRTY_DAYS}; Path=/; SameSite=Lax${secure}`;
    }
    // A session cookie; the page loads again so that the provider starts from the account's choice.
    document.cookie = `${USER_COOKIE}=${encodeURIComponent(email)}; Path=/; SameSite=Lax${window.location.protocol === 'https:' ? '; Secure' : ''}`;
    setSignedIn({ email, remembered });
    window.location.reload();
  };

  const signOut = () => {
    document.cookie = `${SESSION_COOKIE}=; Max-Age=0; Path=/`;
    document.cookie = `${USER_COOKIE}=; Max-Age=0; Path=/`;
    setSignedIn(null);
    window.location.reload();
  };

  return (
    <div className="sign-in">
      <h1>{t.signInTitle}</h1>
      {signedIn ? (
        <div className="signed-in" role="status">
          <p>{t.signedIn(signedIn.email, signedIn.remembered)}</p>
          <button type="button" className="secondary" onClick={signOut}>
            {t.signOut}
          </button>
        </div>
      ) : (
        <form onSubmit={submit}>
          <label>
            {t.email}
            <input name="email" type="email" autoComplete="email" required />
          </label>
          <label>
            {t.password}
            <input name="password" type="password" autoComplete="current-password" required />
          </label>
          <label className="checkbox">
            <input name="remember" type="checkbox" aria-describedby={hintId} />
            {t.remember}
          </label>
          <p id={hintId} className="hint">
            {t.rememberHint}
          </p>
          <button type="submit" className="primary">
            {t.submit}
          </button>
        </form>
      )}
    </div>
  );
}
