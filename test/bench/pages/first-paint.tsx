// A minimal app as a new user builds it (createRoot): the banner for an undecided visitor, the
// content analytics gates for a decided one. The frame probe (frames.ts) records what each frame shows.
import { createRoot } from 'react-dom/client';
import '@weroom/cookie-consent/styles.css';
import { ConsentApp } from './consent-app';

createRoot(document.getElementById('root')!).render(<ConsentApp />);
