import type { ConsentLocale, SecondLayerLocaleTexts } from '../core/texts.js';

/** Portuguese (European, pt-PT), in the register of Portuguese public sites (third person, no "você"). Glossary: glossary/pt.md. */
const pt = {
  code: 'pt',
  texts: {
    banner: {
      label: 'Consentimento de cookies',
      title: 'Utilizamos cookies',
      description:
        'Alguns cookies são necessários para o funcionamento do site. Com o seu consentimento, utilizaríamos também outros, para medir a utilização do site e mostrar-lhe publicidade relevante. Pode mudar de ideias a qualquer momento.',
      policyChanged: 'A nossa política de cookies mudou desde a sua última escolha. Indique-nos novamente o que autoriza.',
      policyLink: 'Ler a nossa política de cookies',
      acceptAll: 'Aceitar todos',
      rejectAll: 'Rejeitar todos',
      customize: 'Personalizar',
      continueWithoutAccepting: 'Continuar sem aceitar',
      acrossDevices: 'Enquanto tiver a sessão iniciada, a sua escolha aplica-se também aos seus outros dispositivos, e alterá-la ou retirá-la num deles altera-a em todos.',
    },
    status: {
      acceptedAll: 'Todos os cookies foram aceites.',
      rejectedAll: 'Os cookies opcionais foram rejeitados.',
      saved: 'As suas preferências de cookies foram guardadas.',
    },
    settings: {
      open: 'Definições de cookies',
    },
    gate: {
      message: 'Este conteúdo só é apresentado com o seu consentimento para «{category}», porque instala cookies dessa categoria.',
      allow: 'Permitir «{category}»',
      service: 'Este conteúdo provém do serviço {service}, fornecido por {company}. Só é apresentado com o seu consentimento para «{category}», porque pode guardar ou ler dados no seu dispositivo.',
      settings: 'Definições de cookies',
    },
    optOut: {
      title: 'As suas escolhas de privacidade',
      notice:
        'Nós e os nossos parceiros utilizamos cookies para medir a utilização do site e mostrar-lhe publicidade relevante, o que algumas leis de privacidade consideram venda ou partilha dos seus dados pessoais. Pode opor-se a qualquer momento.',
      link: 'Não vender nem partilhar os meus dados pessoais',
      dismiss: 'Fechar',
      gpcHonored: 'Pedido de oposição respeitado: o seu navegador envia o sinal Global Privacy Control, pelo que não vendemos nem partilhamos os seus dados pessoais.',
      optedOut: 'Opôs-se à venda ou partilha dos seus dados pessoais.',
    },
    categories: {
      features: {
        title: 'Necessários',
        description: 'Mantêm o site a funcionar em segurança, por exemplo para manter a sessão iniciada. Não podem ser desativados.',
      },
      performance: {
        title: 'Analíticos',
        description: 'Contam as visitas e mostram como o site é utilizado, com um identificador para cada navegador, para que o possamos melhorar.',
      },
      advertising: {
        title: 'Publicitários',
        description: 'Reconhecem o seu navegador em diferentes sites para escolher os anúncios que vê e medir os seus resultados; esta informação é partilhada com parceiros publicitários.',
      },
    },
  },
  more: (): Promise<SecondLayerLocaleTexts> => import('./pt-more.js').then((module) => module.default),
} satisfies ConsentLocale;

export default pt;
