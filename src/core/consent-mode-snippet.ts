import { resolveConfig, type ConsentConfig, type ResolvedConfig } from './config.js';
import { CONSENT_MODE_KEYS, consentModeMapping } from './consent-mode.js';
import { regimeFor, type ConsentRegime } from './jurisdiction.js';

const DAY_MS = 86_400_000;

/**
 * The head script's body, plain ES5 with no dependency and no `$` (see scriptSafeJson): it must run before any Google tag, so it
 * cannot wait for the app's bundle. It mirrors `decodeConsentValue` and `interpretStoredDecision`
 * (a test holds the two to the same answers) and fails closed the same way: anything it cannot
 * read leaves the denied default in place.
 */
const SNIPPET = `(function(w,d,o){
var l=w[o.n]=w[o.n]||[],k=o.k,i,j,q;
function g(){l.push(arguments)}
var gpc=!!(w.navigator&&w.navigator.globalPrivacyControl===true);
function s(on){var u={};for(i=0;i<o.a.length;i++)u[o.a[i]]='denied';
for(i=0;i<k.length;i++)if(on(k[i]))for(j=0;j<k[i][3].length;j++)u[k[i][3][j]]='granted';return u}
var f=s(function(c){return c[1]||(c[4]&&!(gpc&&c[2]))});
for(q in o.x)f[q]=o.x[q];
g('consent','default',f);
if(o.s)g('set','ads_data_redaction',true);
if(o.u)g('set','url_passthrough',true);
try{
var v=null,p=d.cookie.split(';');
for(i=0;i<p.length;i++){j=p[i].indexOf('=');if(j>-1&&p[i].slice(0,j).trim()===o.c){v=p[i].slice(j+1).trim();break}}
if(!v||v.length>2048)return;
if(v.indexOf('%')>-1)v=decodeURIComponent(v);
var m=/^([12])\\.([A-Za-z0-9_-]{1,32})\\.([0-9a-z]{1,9})\\.([A-Za-z0-9_-]{8,64})\\.([arcxwok])\\.([a-z0-9_~-]*)\\.([a-z0-9_~-]*)(?:\\.([on]))?/.exec(v);
if(!m||m[0].length!==v.length||m[2]!==o.r||(m[1]==='2')!==!!m[8])return;
var t=parseInt(m[3],36)*1000,now=new Date().getTime();
if(!(t<=9007199254740991)||t>now+${DAY_MS}||now-t>o.e)return;
var y=m[6]?m[6].split('~'):[],x=m[7]?m[7].split('~'):[],a=y.concat(x),seen={};
for(i=0;i<a.length;i++){j=/^[a-z][a-z0-9_-]{0,31}/.exec(a[i]);if(!j||j[0].length!==a[i].length||seen['k'+a[i]])return;seen['k'+a[i]]=1}
for(i=0;i<k.length;i++)if(!k[i][1]&&y.indexOf(k[i][0])<0&&x.indexOf(k[i][0])<0)return;
if(o.m>(m[8]==='n'?0:m[8]==='o'?1:2))return;
var one=m[5]==='c'||m[5]==='w';
g('consent','update',s(function(c){return c[1]||(y.indexOf(c[0])>-1&&!(gpc&&c[2]&&!one))}));
l.push({event:'consent_update'});
}catch(e){}
})(window,document,`;

/**
 * JSON that is safe inside an HTML `<script>` element. The snippet holds no `$` either, so a
 * template engine's `String.prototype.replace` cannot mangle it with `$'` or `$&` patterns.
 */
function scriptSafeJson(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/\$/g, '\\u0024')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

const REGIME_RANKS: Readonly<Record<ConsentRegime, number>> = { none: 0, 'opt-out': 1, 'opt-in': 2 };

function snippetFor<C extends string>(config: ResolvedConfig<C>, regime: ConsentRegime): string {
  const mapping = consentModeMapping(config);
  const options = config.consentMode;
  // Whether a category runs before any decision under the regime (grantsOf's rule, GPC aside).
  const runsUndecided = (id: C): boolean => {
    const category = config.categories[id];
    return !category.required && (regime === 'opt-out' || (regime === 'none' && category.grantedByDefault));
  };
  const settings = {
    n: options?.dataLayerName ?? 'dataLayer',
    c: config.cookie.name,
    r: config.revision,
    e: config.expiresAfterDays * DAY_MS,
    m: REGIME_RANKS[regime],
    x: {
      ...(options?.waitForUpdate === undefined ? {} : { wait_for_update: options.waitForUpdate }),
      ...(options?.region ? { region: [...options.region] } : {}),
    },
    s: options?.adsDataRedaction === true,
    u: options?.urlPassthrough === true,
    a: CONSENT_MODE_KEYS,
    k: config.categoryIds.map((id) => [id, config.categories[id].required ? 1 : 0, config.categories[id].gpc ? 1 : 0, mapping[id], runsUndecided(id) ? 1 : 0]),
  };
  return `${SNIPPET}${scriptSafeJson(settings)});`;
}

/** Where the page is rendered for: the visitor's place (`readJurisdiction`), which gives the defaults' regime. */
export type ConsentModeScriptOptions = {
  /** @default unknown: the config's `unknown` regime, `opt-in` unless set */
  jurisdiction?: string | null | undefined;
};

/**
 * The text of the head script for Google Consent Mode (CM-2): it sets the default for all seven
 * keys and re-applies the stored decision from the consent cookie, synchronously, before any
 * Google tag can run. Put it first in `<head>`, as an inline script with your CSP nonce.
 */
export function consentModeScript<C extends string>(config: ConsentConfig<C>, options: ConsentModeScriptOptions = {}): string {
  const resolved = resolveConfig(config);
  return snippetFor(resolved, regimeFor(resolved.jurisdictions, options.jurisdiction));
}

/** The same script as an HTML tag, for server templates and `index.html`. */
export function consentModeScriptTag<C extends string>(config: ConsentConfig<C>, options: ConsentModeScriptOptions & { nonce?: string } = {}): string {
  const nonce = options.nonce ? ` nonce="${options.nonce.replace(/[^A-Za-z0-9+/=_-]/g, '')}"` : '';
  return `<script${nonce}>${consentModeScript(config, options)}</script>`;
}
