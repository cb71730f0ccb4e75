export declare function serveBenchPages(outDir?: string): Promise<{ base: string; close: () => Promise<void> }>;
