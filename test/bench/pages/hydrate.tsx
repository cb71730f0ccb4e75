// The same app, server-rendered then hydrated: the server's HTML (rendered here with
// renderToString, as a server would, and painted first) has no banner, since the server did not
// read the cookie; the first frame after hydrateRoot must show it to an undecided visitor.
import { hydrateRoot } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import '@weroom/cookie-consent/styles.css';
import { ConsentApp } from './consent-app';

const root = document.getElementById('root')!;
root.innerHTML = renderToString(<ConsentApp />);
// Two frames: the server's HTML is painted before hydration starts, as on a real page.
requestAnimationFrame(() => requestAnimationFrame(() => hydrateRoot(root, <ConsentApp />)));
