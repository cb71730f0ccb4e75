import { ConsentGate, CookieSettingsButton, YouTubeEmbed, useConsent, useConsentTexts } from '@weroom/cookie-consent';
import { href, type Locale } from '../routes';

// Markup as a CMS sends it, outside React: <ConsentMarkup /> (in app.tsx) gives the measurement
// pixel its address only once performance cookies are allowed.
const CMS_MARKUP = '<img data-consent-category="performance" data-src="./cms-pixel.svg" alt="" width="1" height="1">';
import { words } from '../words';

function CategoryStatus({ category, locale }: { category: 'features' | 'performance' | 'advertising'; locale: Locale }) {
  const granted = useConsent(category);
  const texts = useConsentTexts();
  return (
    <li data-granted={granted}>
      <span>{texts.categories[category]?.title}</span>
      <strong>{granted ? words[locale].allowed : words[locale].notAllowed}</strong>
    </li>
  );
}

export function Home({ locale }: { locale: Locale }) {
  const t = words[locale];
  return (
    <div className="home">
      <section className="hero">
        <h1>{t.heroTitle}</h1>
        <p className="hero__lead">{t.heroText}</p>
        <p>{t.terms}.</p>
        <div className="hero__actions">
          <a className="primary" href={href(locale, 'sign-in')}>
            {t.create}
          </a>
          <p>
            {t.member} <a href={href(locale, 'sign-in')}>{t.connect}</a>
          </p>
        </div>
      </section>
      <aside className="your-choice" aria-labelledby="your-choice-title">
        <h2 id="your-choice-title">{t.choiceTitle}</h2>
        <ul>
          <CategoryStatus category="features" locale={locale} />
          <CategoryStatus category="performance" locale={locale} />
          <CategoryStatus category="advertising" locale={locale} />
        </ul>
        <CookieSettingsButton className="link-button" />
      </aside>
      <section className="office" aria-labelledby="office-title">
        <h2 id="office-title">{t.mapTitle}</h2>
        {/* Google Maps sets Google's cookies: shown only with consent to advertising. */}
        <ConsentGate category="advertising">
          <iframe
            title={t.mapLabel}
            src="https://www.google.com/maps/embed?pb=!1m14!1m12!1m3!1d2625!2d2.35!3d48.85!2m3!1f0!2f0!3f0!3m2!1i1024!2i768!4f13.1!5e0"
            loading="lazy"
            referrerPolicy="no-referrer-when-downgrade"
          />
        </ConsentGate>
        <div className="cms" data-cms="" dangerouslySetInnerHTML={{ __html: CMS_MARKUP }} />
      </section>
      <section className="office" aria-labelledby="video-title">
        <h2 id="video-title">{t.videoTitle}</h2>
        {/* From youtube-nocookie.com, and only with consent to advertising, like the map. */}
        <YouTubeEmbed videoId="aqz-KE-bpKQ" title={t.videoLabel} />
      </section>
    </div>
  );
}
