import type { SecondLayerLocaleTexts } from '../core/texts.js';

/** Spanish: the preferences dialog, the cookie tables, the policy page and the built-in cookie purposes. */
const more: SecondLayerLocaleTexts = {
  preferences: {
    title: 'Preferencias de cookies',
    description: 'Elija qué cookies podemos utilizar. Las cookies opcionales permanecen desactivadas hasta que usted las active.',
    acceptAll: 'Aceptar todas',
    rejectAll: 'Rechazar todas',
    save: 'Guardar preferencias',
    close: 'Cerrar',
    alwaysActive: 'Siempre activas',
    heldByGpc: 'Desactivada porque su navegador envía la señal Global Privacy Control. Aun así, puede activar esta categoría aquí.',
    optOut: 'Oponerme a que se vendan o compartan mis datos personales',
    optOutDescription: 'Algunas cookies están activas hasta que usted se oponga. Desactive una categoría para detenerla u opóngase en un solo paso a que se vendan o compartan sus datos personales.',
    defaultCategoryDescription: 'Cookies opcionales utilizadas con esta finalidad. Permanecen desactivadas hasta que usted las active.',
  },
  cookies: {
    caption: 'Cookies: {category}',
    name: 'Cookie',
    provider: 'Instalada por',
    purpose: 'Finalidad',
    duration: 'Duración',
    none: 'No se ha declarado ninguna cookie para esta categoría.',
    session: 'Hasta que se cierre el navegador',
    services: 'Servicios: {category}',
    privacyPolicy: 'Política de privacidad de {service}',
  },
  policy: {
    whatTitle: '¿Qué es una cookie?',
    what: 'Una cookie es un pequeño fragmento de texto que un sitio web guarda en su navegador para poder reconocerlo más adelante. Suele contener el nombre del sitio que la instaló, su duración y un valor, a menudo un número aleatorio. Otras tecnologías similares, como las balizas web y las etiquetas, funcionan del mismo modo y se rigen por la misma elección.',
    useTitle: 'Cómo utilizamos las cookies',
    use: 'Nuestras cookies se agrupan en las categorías siguientes. Las que el sitio necesita están siempre activas; las demás permanecen desactivadas hasta que usted las permita.',
    manageTitle: 'Cómo gestionar sus cookies',
    manage: 'Puede cambiar su elección en cualquier momento, aquí o con el enlace «Configuración de cookies» que figura en cada página. Su navegador también puede bloquear o eliminar cookies: la ayuda del navegador explica cómo hacerlo. Bloquear las cookies publicitarias no elimina los anuncios; solo hace que sean menos relevantes para usted.',
    changesTitle: 'Cambios en esta política',
    changes: 'Cuando cambiemos el uso que hacemos de las cookies, le pediremos de nuevo su elección en su próxima visita. Esta es la versión {revision} de la política.',
    choiceTitle: 'Su elección',
    choiceUndecided: 'Todavía no ha elegido. Solo se utilizan las cookies que el sitio necesita.',
    choiceDecided: 'Hizo su elección el {date}.',
    granted: 'Permitidas',
    denied: 'No permitidas',
    change: 'Cambiar la configuración de cookies',
    history: 'Ver el registro de sus elecciones que conserva este sitio web',
  },
  account: {
    notice: 'Su elección de cookies procede de su cuenta: la hizo en otro dispositivo.',
  },
  purposes: {
    gaClientId: 'Distingue a los visitantes mediante un identificador aleatorio.',
    gaSessionState: 'Mantiene el estado de una visita.',
    gaDailyId: 'Distingue a los visitantes durante un día.',
    gaThrottle: 'Limita la frecuencia con la que se envían datos.',
    gclConversion: 'Vincula un clic en un anuncio con una visita posterior, para medir las conversiones.',
    adBrowserId: 'Distingue los navegadores, para medir la eficacia de la publicidad y elegir los anuncios que se muestran.',
    adClickId: 'Conserva el clic en el anuncio que le ha traído hasta aquí, para medir las conversiones.',
    analyticsUserId: 'Distingue a los visitantes, para medir cómo se usa el sitio web.',
    analyticsSession: 'Vincula las páginas de una misma visita.',
  },
};

export default more;
