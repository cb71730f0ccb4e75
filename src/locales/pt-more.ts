import type { SecondLayerLocaleTexts } from '../core/texts.js';

/** Portuguese (European): the preferences dialog, the cookie tables, the policy page and the built-in cookie purposes. */
const more: SecondLayerLocaleTexts = {
  preferences: {
    title: 'Preferências de cookies',
    description: 'Escolha os cookies que podemos utilizar. Os cookies opcionais ficam desativados até que os ative.',
    acceptAll: 'Aceitar todos',
    rejectAll: 'Rejeitar todos',
    save: 'Guardar preferências',
    close: 'Fechar',
    alwaysActive: 'Sempre ativos',
    heldByGpc: 'Desativada porque o seu navegador envia o sinal Global Privacy Control. Mesmo assim, pode ativar esta categoria aqui.',
    optOut: 'Opor-me à venda ou partilha dos meus dados pessoais',
    optOutDescription: 'Alguns cookies estão ativos até que se oponha. Desative uma categoria para a interromper ou oponha-se, de uma só vez, à venda ou partilha dos seus dados pessoais.',
    defaultCategoryDescription: 'Cookies opcionais utilizados para esta finalidade. Ficam desativados até que os ative.',
  },
  cookies: {
    caption: 'Cookies: {category}',
    name: 'Cookie',
    provider: 'Instalado por',
    purpose: 'Finalidade',
    duration: 'Duração',
    none: 'Não há cookies declarados para esta categoria.',
    session: 'Até fechar o navegador',
    services: 'Serviços: {category}',
    privacyPolicy: 'Política de privacidade de {service}',
  },
  policy: {
    whatTitle: 'O que é um cookie?',
    what: 'Um cookie é um pequeno texto que um site guarda no seu navegador para poder reconhecer esse navegador mais tarde. Normalmente contém o nome do site que o instalou, a sua duração e um valor, muitas vezes um número aleatório. Tecnologias semelhantes, como os sinalizadores web e as etiquetas, funcionam da mesma forma e seguem a mesma escolha.',
    useTitle: 'Como utilizamos os cookies',
    use: 'Os nossos cookies dividem-se nas categorias abaixo. Os cookies de que o site precisa estão sempre ativos; os restantes ficam desativados até que os autorize.',
    manageTitle: 'Como gerir os seus cookies',
    manage: 'Pode alterar a sua escolha a qualquer momento, aqui ou através da ligação «Definições de cookies» presente em todas as páginas. O seu navegador também pode bloquear ou eliminar cookies: a respetiva ajuda explica como. Bloquear os cookies de publicidade não elimina os anúncios; apenas os torna menos relevantes para si.',
    changesTitle: 'Alterações a esta política',
    changes: 'Quando alterarmos a forma como utilizamos os cookies, voltaremos a pedir a sua escolha na sua próxima visita. Esta é a versão {revision} da política.',
    choiceTitle: 'A sua escolha',
    choiceUndecided: 'Ainda não fez a sua escolha. Só são utilizados os cookies de que o site precisa.',
    choiceDecided: 'Fez a sua escolha em {date}.',
    granted: 'Permitidos',
    denied: 'Não permitidos',
    change: 'Alterar as definições de cookies',
    history: 'Ver o registo das suas escolhas que este site conserva',
  },
  account: {
    notice: 'A sua escolha de cookies provém da sua conta: fê-la noutro dispositivo.',
  },
  purposes: {
    gaClientId: 'Distingue os visitantes através de um identificador aleatório.',
    gaSessionState: 'Mantém o estado de uma visita.',
    gaDailyId: 'Distingue os visitantes durante um dia.',
    gaThrottle: 'Limita a frequência com que os dados são enviados.',
    gclConversion: 'Associa um clique num anúncio a uma visita posterior, para medir as conversões.',
    adBrowserId: 'Distingue os navegadores, para medir a eficácia da publicidade e escolher os anúncios apresentados.',
    adClickId: 'Guarda o clique no anúncio que deu origem à visita, para medir as conversões.',
    analyticsUserId: 'Distingue os visitantes, para medir a utilização do site.',
    analyticsSession: 'Associa as páginas de uma mesma visita.',
  },
};

export default more;
