import '@weroom/cookie-consent/styles.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app.jsx';

/**
 * What the server read from the request (server.js), written into the page as JSON: the
 * visitor's place, language and Global Privacy Control. Under `vite` there is none, and the
 * provider falls back to an unknown place (opt-in), `<html lang>` and the browser's own signal.
 */
function readVisitor() {
  try {
    return JSON.parse(document.getElementById('consent-visitor')?.textContent ?? '{}');
  } catch {
    return {};
  }
}

createRoot(document.getElementById('root')).render(
  <StrictMode>
    <App visitor={readVisitor()} />
  </StrictMode>,
);
