// The clean twin's config as a module of its own, the way the command loads a site's config file.
import { cleanConfig } from './fixture-config.ts';

export const consentConfig = cleanConfig;
