/** The WebAssembly text format to bytes (wabt), validated; `name` labels errors. */
export declare function assembleWat(text: string, name: string): Promise<Uint8Array>;
