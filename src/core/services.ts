export type { ConsentService, ServiceCompany } from './types.js';
