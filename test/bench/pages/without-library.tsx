import { createRoot } from 'react-dom/client';
import { WeroomPage } from './shared';

// The same page, with a plain bar where the banner would be: what a site costs without the library.
createRoot(document.getElementById('root')!).render(
  <>
    <section data-bench-banner="" aria-label="Notice" style={{ position: 'fixed', insetInline: 0, bottom: 0, padding: '1rem', background: '#fff' }}>
      <h2>We use cookies</h2>
    </section>
    <WeroomPage />
  </>,
);
