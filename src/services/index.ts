// The services catalogue: one module per vendor, tree-shaken, so a site ships the services it lists
// and no others. Each holds its facts (with their sources) and its behaviour on the page.
export { metaPixel } from './meta-pixel.js';
export type { MetaPixelOptions } from './meta-pixel.js';
export { microsoftClarity } from './microsoft-clarity.js';
export type { MicrosoftClarityOptions } from './microsoft-clarity.js';
export { googleMaps, vimeo, youtube } from './embeds.js';
export { defineService } from './define.js';
export type { ServiceBehaviour, ServiceFacts } from './define.js';
