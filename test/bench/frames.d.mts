export declare const FRAME_PROBE: () => void;
export declare function firstMountedFrame<F extends { mounted: boolean; content: boolean }>(frames: F[]): (F & { index: number; firstContent: number }) | undefined;
