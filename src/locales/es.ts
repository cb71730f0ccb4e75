import type { ConsentLocale, SecondLayerLocaleTexts } from '../core/texts.js';

/** Spanish (Spain), in the register of Spanish public sites ("usted"). Glossary: glossary/es.md. */
const es = {
  code: 'es',
  texts: {
    banner: {
      label: 'Consentimiento de cookies',
      title: 'Utilizamos cookies',
      description:
        'Algunas cookies son necesarias para que el sitio web funcione. Si usted lo permite, utilizaríamos también otras para medir cómo se usa el sitio y mostrarle publicidad relevante. Puede cambiar de opinión en cualquier momento.',
      policyChanged: 'Nuestra política de cookies ha cambiado desde su última elección. Indíquenos de nuevo qué permite.',
      policyLink: 'Leer nuestra política de cookies',
      acceptAll: 'Aceptar todas',
      rejectAll: 'Rechazar todas',
      customize: 'Personalizar',
      continueWithoutAccepting: 'Continuar sin aceptar',
      acrossDevices: 'Mientras tenga la sesión iniciada, su elección se aplica también en sus otros dispositivos; si la cambia o la retira en uno de ellos, cambia en todos.',
    },
    status: {
      acceptedAll: 'Se han aceptado todas las cookies.',
      rejectedAll: 'Se han rechazado las cookies opcionales.',
      saved: 'Se han guardado sus preferencias de cookies.',
    },
    settings: {
      open: 'Configuración de cookies',
    },
    gate: {
      message: 'Este contenido solo se muestra con su consentimiento para «{category}», ya que instala cookies de esa categoría.',
      allow: 'Permitir «{category}»',
      service: 'Este contenido procede del servicio {service}, ofrecido por {company}. Solo se muestra con su consentimiento para «{category}», ya que puede almacenar o leer datos en su dispositivo.',
      settings: 'Configuración de cookies',
    },
    optOut: {
      title: 'Sus opciones de privacidad',
      notice:
        'Nosotros y nuestros socios utilizamos cookies para medir cómo se usa el sitio y mostrarle anuncios relevantes, lo que algunas leyes de privacidad consideran vender o compartir sus datos personales. Puede oponerse en cualquier momento.',
      link: 'No vender ni compartir mis datos personales',
      dismiss: 'Cerrar',
      gpcHonored: 'Solicitud de oposición atendida: su navegador envía la señal Global Privacy Control, por lo que no vendemos ni compartimos sus datos personales.',
      optedOut: 'Se ha opuesto a que se vendan o compartan sus datos personales.',
    },
    categories: {
      features: {
        title: 'Técnicas',
        description: 'Mantienen el sitio web en funcionamiento y seguro, por ejemplo para mantener su sesión iniciada. No se pueden desactivar.',
      },
      performance: {
        title: 'Analíticas',
        description: 'Cuentan las visitas y muestran cómo se usa el sitio web, con un identificador para cada navegador, para que podamos mejorarlo.',
      },
      advertising: {
        title: 'Publicitarias',
        description: 'Reconocen su navegador en distintos sitios web para elegir los anuncios que ve y medir sus resultados; esta información se comparte con socios publicitarios.',
      },
    },
  },
  more: (): Promise<SecondLayerLocaleTexts> => import('./es-more.js').then((module) => module.default),
} satisfies ConsentLocale;

export default es;
