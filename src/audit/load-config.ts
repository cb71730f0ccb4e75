// Loads a site's consent config for the audit: its own TypeScript or JavaScript module (through
// jiti, since Node 20 cannot load TypeScript alone), or JSON in the documented form below.
//
// JSON form: the config as written in TypeScript, except that
// - a cookie name that is a pattern is a string between slashes, with its flags: "/^_ga_/" or
//   "/^_pk_id\\./i" (a cookie name can hold no slash, so nothing else reads as one);
// - a service is `{ "service": "metaPixel", "options": { "pixelId": "123" } }`, naming a function of
//   `@weroom/cookie-consent/services`;
// - `locales` are language codes: ["fr", "de"].
import { readFile } from 'node:fs/promises';
import { extname, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { ConsentConfig } from '../core/config.js';
import { isRecord } from '../core/config-rules.js';
import type { ConsentLocale } from '../core/texts.js';
import * as services from '../services/index.js';

/** A config file that cannot be read, with what to do about it. */
export class AuditConfigError extends Error {
  override name = 'AuditConfigError';
}

const PATTERN = /^\/(.+)\/([a-z]*)$/;

/** A JSON cookie name: a "/…/flags" string becomes a RegExp. */
function nameFromJson(name: unknown, where: string): unknown {
  if (typeof name !== 'string') return name;
  const match = PATTERN.exec(name);
  if (!match) return name;
  try {
    return new RegExp(match[1]!, match[2]);
  } catch {
    throw new AuditConfigError(`${where}: "${name}" is not a valid pattern.`);
  }
}

type ServiceFactory = (options: Record<string, unknown>) => unknown;

/** A config written as JSON, turned into the config the library reads. */
export async function configFromJson(value: unknown): Promise<ConsentConfig> {
  if (!isRecord(value)) throw new AuditConfigError('The config must be a JSON object.');
  const categories: Record<string, unknown> = {};
  for (const [id, category] of Object.entries(isRecord(value.categories) ? value.categories : {})) {
    if (!isRecord(category) || !Array.isArray(category.cookies)) {
      categories[id] = category;
      continue;
    }
    categories[id] = {
      ...category,
      cookies: category.cookies.map((cookie: unknown, index: number) =>
        isRecord(cookie) ? { ...cookie, name: nameFromJson(cookie.name, `categories.${id}.cookies[${index}].name`) } : cookie,
      ),
    };
  }
  const listed = Array.isArray(value.services) ? value.services : [];
  const builtServices = listed.map((entry: unknown, index: number) => {
    const name = isRecord(entry) ? entry.service : undefined;
    const factory = typeof name === 'string' && Object.hasOwn(services, name) ? (services as unknown as Record<string, ServiceFactory>)[name] : undefined;
    if (!factory || name === 'defineService') {
      throw new AuditConfigError(`services[${index}]: name a service of @weroom/cookie-consent/services, as { "service": "metaPixel", "options": { … } }.`);
    }
    return factory(isRecord(entry) && isRecord(entry.options) ? entry.options : {});
  });
  const locales: ConsentLocale[] = [];
  for (const code of Array.isArray(value.locales) ? value.locales : []) {
    if (typeof code !== 'string' || !/^[a-z]{2,3}(?:-[A-Za-z0-9]+)?$/.test(code)) throw new AuditConfigError(`locales: "${String(code)}" is not a language code.`);
    try {
      // Left to Node at run time: a bundler that followed it would pull every language into the audit.
      const specifier = `../locales/${code}.js`;
      locales.push(((await import(/* @vite-ignore */ specifier)) as { default: ConsentLocale }).default);
    } catch {
      throw new AuditConfigError(`locales: the library ships no language "${code}".`);
    }
  }
  return { ...value, categories, services: builtServices, locales } as unknown as ConsentConfig;
}

/** The config a module exports: `default`, `consentConfig`, or its only export that looks like one. */
function configOfModule(module: Record<string, unknown>, file: string): ConsentConfig {
  const looksLikeConfig = (entry: unknown) => isRecord(entry) && isRecord(entry.categories) && 'revision' in entry;
  const named = [module.default, module.consentConfig, module.config].find(looksLikeConfig);
  if (named) return named as ConsentConfig;
  const candidates = Object.values(module).filter(looksLikeConfig);
  if (candidates.length === 1) return candidates[0] as ConsentConfig;
  throw new AuditConfigError(
    `${file} exports no consent config: export it as \`default\` or \`consentConfig\` (an object with \`revision\` and \`categories\`).`,
  );
}

/** Loads the config in `file`: `.json`, or a module (`.ts`, `.mts`, `.js`, `.mjs`…) through jiti. */
export async function loadConsentConfig(file: string): Promise<ConsentConfig> {
  const path = resolve(file);
  if (extname(path).toLowerCase() === '.json') {
    let text: string;
    try {
      text = await readFile(path, 'utf8');
    } catch {
      throw new AuditConfigError(`Cannot read the config file ${file}.`);
    }
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch (error) {
      throw new AuditConfigError(`${file} is not valid JSON: ${(error as Error).message}`);
    }
    return configFromJson(parsed);
  }
  let module: Record<string, unknown>;
  try {
    const { createJiti } = await import('jiti');
    // The site's module imports `@weroom/cookie-consent/…`; jiti resolves it from the site's own folder.
    const jiti = createJiti(pathToFileURL(path).href, { moduleCache: false, interopDefault: true });
    module = (await jiti.import(path)) as Record<string, unknown>;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ERR_MODULE_NOT_FOUND' && String((error as Error).message).includes("'jiti'")) {
      throw new AuditConfigError('Loading a TypeScript config needs the jiti package: npm install jiti (or give a JSON config).');
    }
    throw new AuditConfigError(`Cannot load the config module ${file}: ${(error as Error).message}`);
  }
  return configOfModule(module, file);
}
