export declare const FRAME_PROBE: () => void;
export declare function firstMountedFrame<F extends { mounted: boolean; content: boolean }>(frames: F[]): (F & { index: number; firstContent: number }) | undefined;
export declare function timeDialogOpening(page: import('playwright-core').Page, options?: { prefetch?: boolean; name?: string }): Promise<number>;
