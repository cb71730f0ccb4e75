import { resolveConfig, type ConsentConfig, type ResolvedConfig } from './config.js';
import { CONSENT_MODE_KEYS, consentDefaultValues, consentModeMapping } from './consent-mode.js';

const DAY_MS = 86_400_000;

/**
 * The head script's body, plain ES5 with no dependency and no `$` (see scriptSafeJson): it must run before any Google tag, so it
 * cannot wait for the app's bundle. It mirrors `decodeConsentValue` and `interpretStoredDecision`
 * (a test holds the two to the same answers) and fails closed the same way: anything it cannot
 * read leaves the denied default in place.
 */
const SNIPPET = `(function(w,d,o){
var l=w[o.n]=w[o.n]||[];
function g(){l.push(arguments)}
g('consent','default',o.d);
if(o.s)g('set','ads_data_redaction',true);
if(o.u)g('set','url_passthrough',true);
try{
var v=null,p=d.cookie.split(';'),i,j;
for(i=0;i<p.length;i++){j=p[i].indexOf('=');if(j>-1&&p[i].slice(0,j).trim()===o.c){v=p[i].slice(j+1).trim();break}}
if(!v||v.length>2048)return;
if(v.indexOf('%')>-1)v=decodeURIComponent(v);
var m=/^1\\.([A-Za-z0-9_-]{1,32})\\.([0-9a-z]{1,9})\\.([A-Za-z0-9_-]{8,64})\\.([arcxw])\\.([a-z0-9_~-]*)\\.([a-z0-9_~-]*)/.exec(v);
if(!m||m[0].length!==v.length||m[1]!==o.r)return;
var t=parseInt(m[2],36)*1000,now=new Date().getTime();
if(!(t<=9007199254740991)||t>now+${DAY_MS}||now-t>o.e)return;
var y=m[5]?m[5].split('~'):[],x=m[6]?m[6].split('~'):[],a=y.concat(x),seen={};
for(i=0;i<a.length;i++){j=/^[a-z][a-z0-9_-]{0,31}/.exec(a[i]);if(!j||j[0].length!==a[i].length||seen['k'+a[i]])return;seen['k'+a[i]]=1}
var gpc=!!(w.navigator&&w.navigator.globalPrivacyControl===true),one=m[4]==='c'||m[4]==='w',u={};
for(i=0;i<o.a.length;i++)u[o.a[i]]='denied';
for(i=0;i<o.k.length;i++){var c=o.k[i],on;
if(c[1])on=true;else if(y.indexOf(c[0])>-1)on=!(gpc&&c[2]&&!one);else if(x.indexOf(c[0])>-1)on=false;else return;
if(on)for(j=0;j<c[3].length;j++)u[c[3][j]]='granted'}
g('consent','update',u);
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

function snippetFor<C extends string>(config: ResolvedConfig<C>): string {
  const mapping = consentModeMapping(config);
  const settings = {
    n: config.consentMode?.dataLayerName ?? 'dataLayer',
    c: config.cookie.name,
    r: config.revision,
    e: config.expiresAfterDays * DAY_MS,
    d: consentDefaultValues(config),
    s: config.consentMode?.adsDataRedaction === true,
    u: config.consentMode?.urlPassthrough === true,
    a: CONSENT_MODE_KEYS,
    k: config.categoryIds.map((id) => [id, config.categories[id].required ? 1 : 0, config.categories[id].gpc ? 1 : 0, mapping[id]]),
  };
  return `${SNIPPET}${scriptSafeJson(settings)});`;
}

/**
 * The text of the head script for Google Consent Mode (CM-2): it sets the default for all seven
 * keys and re-applies the stored decision from the consent cookie, synchronously, before any
 * Google tag can run. Put it first in `<head>`, as an inline script with your CSP nonce.
 */
export function consentModeScript<C extends string>(config: ConsentConfig<C>): string {
  return snippetFor(resolveConfig(config));
}

/** The same script as an HTML tag, for server templates and `index.html`. */
export function consentModeScriptTag<C extends string>(config: ConsentConfig<C>, options: { nonce?: string } = {}): string {
  const nonce = options.nonce ? ` nonce="${options.nonce.replace(/[^A-Za-z0-9+/=_-]/g, '')}"` : '';
  return `<script${nonce}>${consentModeScript(config)}</script>`;
}
