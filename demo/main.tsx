import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '@weroom/cookie-consent/styles.css';
import { App } from './app';
import { RECORDS_ENDPOINT, previewedPlace, signedInUser } from './routes';
import './demo.css';

// A server that sends a Content-Security-Policy puts its nonce here, for the scripts the library adds.
const nonce = document.querySelector<HTMLMetaElement>('meta[name="csp-nonce"]')?.content || undefined;

/**
 * A signed-in person's choice follows their account (REC-6): the demo asks the records endpoint
 * for it before the first render. A server-rendered site reads it on the server instead
 * (`accountConsent()` from `@weroom/cookie-consent/records`), with no request from the browser.
 */
async function accountChoice() {
  try {
    const place = previewedPlace();
    const response = await fetch(`${RECORDS_ENDPOINT}?subject${place ? `&jurisdiction=${encodeURIComponent(place)}` : ''}`);
    return response.ok ? (((await response.json()) as { decision: null }).decision ?? null) : null;
  } catch {
    return null;
  }
}

function render(accountDecision?: null) {
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <App {...(nonce ? { nonce } : {})} {...(accountDecision === undefined ? {} : { accountDecision })} />
    </StrictMode>,
  );
}

// Not a top-level await: it would change how the bundler splits the app, and every visitor would pay.
if (signedInUser() !== null) void accountChoice().then(render);
else render();
