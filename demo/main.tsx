import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '@weroom/cookie-consent/styles.css';
import { App } from './app';
import './demo.css';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
