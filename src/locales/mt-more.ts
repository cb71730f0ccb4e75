import type { SecondLayerLocaleTexts } from '../core/texts.js';

/** Maltese: the preferences dialog, the cookie tables, the policy page and the built-in cookie purposes. */
const more: SecondLayerLocaleTexts = {
  preferences: {
    title: 'Preferenzi dwar il-cookies',
    description: 'Agħżel liema cookies nistgħu nużaw. Il-cookies fakultattivi jibqgħu mitfija sakemm tixgħelhom int.',
    acceptAll: 'Aċċetta kollox',
    rejectAll: 'Irrifjuta kollox',
    save: 'Salva l-preferenzi',
    close: 'Agħlaq',
    alwaysActive: 'Dejjem attivi',
    heldByGpc: 'Mitfija għax il-brawżer tiegħek qed jibgħat sinjal Global Privacy Control. Xorta tista’ tixgħel il-kategorija minn hawn.',
    optOut: 'Noġġezzjona għall-bejgħ jew il-qsim tad-data personali tiegħi',
    optOutDescription: 'Xi cookies jibqgħu jaħdmu sakemm toġġezzjona. Itfi kategorija biex twaqqafha, jew oġġezzjona f’daqqa għall-bejgħ jew il-qsim tad-data personali tiegħek.',
    defaultCategoryDescription: 'Cookies fakultattivi użati għal dan l-għan. Jibqgħu mitfija sakemm tixgħelhom int.',
  },
  cookies: {
    caption: 'Cookies tal-kategorija {category}',
    name: 'Cookie',
    provider: 'Fornitur',
    purpose: 'Għan',
    duration: 'Durata',
    none: 'Għal din il-kategorija ma hemm dikjarati l-ebda cookies.',
    session: 'Sakemm jingħalaq il-brawżer',
    services: 'Servizzi tal-kategorija {category}',
    privacyPolicy: 'Politika dwar il-privatezza ta’ {service}',
  },
  policy: {
    whatTitle: 'X’inhi cookie?',
    what: 'Cookie hija biċċa test żgħira li sit web jaħżen fil-brawżer tiegħek biex ikun jista’ jagħraf il-brawżer tiegħek aktar tard. Normalment ikun fiha l-isem tas-sit li poġġieha, kemm iddum, u valur, ħafna drabi numru każwali. Teknoloġiji simili, bħal web beacons u tags, jaħdmu bl-istess mod u jsegwu l-istess għażliet.',
    useTitle: 'Kif nużaw il-cookies',
    use: 'Il-cookies tagħna huma maqsuma fil-kategoriji t’hawn taħt. Il-cookies li s-sit għandu bżonn huma dejjem mixgħula; l-oħrajn jibqgħu mitfija sakemm tippermettihom int.',
    manageTitle: 'Kif timmaniġġja l-cookies tiegħek',
    manage: 'Tista’ tbiddel l-għażla tiegħek fi kwalunkwe ħin, hawn jew permezz tal-ħolqa “Issettjar tal-cookies” f’kull paġna. Il-brawżer tiegħek jista’ wkoll jimblokka jew iħassar il-cookies: il-paġni tal-għajnuna tiegħu jispjegaw kif. L-imblukkar tal-cookies tar-reklamar ma jneħħix ir-reklami; sempliċement ikunu inqas rilevanti għalik.',
    changesTitle: 'Bidliet f’din il-politika',
    changes: 'Meta nbiddlu l-mod kif nużaw il-cookies, nerġgħu nitolbuk tagħżel meta terġa’ żżurna. Din hija l-verżjoni {revision} tal-politika.',
    choiceTitle: 'L-għażla tiegħek',
    choiceUndecided: 'Għadek ma għażiltx. Qed jintużaw biss il-cookies li s-sit għandu bżonn.',
    // A label, not a sentence: "fit-12" would need the article to agree with the number.
    choiceDecided: 'Data tal-għażla tiegħek: {date}.',
    granted: 'Permessa',
    denied: 'Mhux permessa',
    change: 'Biddel l-issettjar tal-cookies',
    history: 'Ara r-reġistru tal-għażliet tiegħek li jżomm dan is-sit',
  },
  account: {
    notice: 'L-għażla tiegħek dwar il-cookies ġejja mill-kont tiegħek: għamiltha fuq apparat ieħor.',
  },
  purposes: {
    gaClientId: 'Tiddistingwi bejn il-viżitaturi permezz ta’ identifikatur każwali.',
    gaSessionState: 'Iżżomm l-istat ta’ żjara.',
    gaDailyId: 'Tiddistingwi bejn il-viżitaturi għal ġurnata.',
    gaThrottle: 'Tillimita kemm-il darba tintbagħat id-data.',
    gclConversion: 'Torbot klikk fuq reklam ma’ żjara aktar tard, biex tkejjel il-konverżjonijiet.',
    adBrowserId: 'Tiddistingwi bejn brawżer u ieħor, biex tkejjel ir-riżultati tar-reklamar u tagħżel liema reklami jintwerew.',
    adClickId: 'Iżżomm il-klikk fuq ir-reklam li ġabek hawn, biex tkejjel il-konverżjonijiet.',
    analyticsUserId: 'Tiddistingwi bejn il-viżitaturi, biex tkejjel kif jintuża s-sit.',
    analyticsSession: 'Torbot flimkien il-paġni ta’ żjara waħda.',
  },
};

export default more;
