import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '@weroom/cookie-consent/styles.css';
import { App } from './app';
import './demo.css';

// A server that sends a Content-Security-Policy puts its nonce here, for the scripts the library adds.
const nonce = document.querySelector<HTMLMetaElement>('meta[name="csp-nonce"]')?.content || undefined;

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App {...(nonce ? { nonce } : {})} />
  </StrictMode>,
);
