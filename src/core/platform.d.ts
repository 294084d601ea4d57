/**
 * The few web-platform globals that core may use. They exist in every runtime core runs in
 * (browsers, Web Workers, Node ≥ 18), but core compiles without the DOM lib so that nothing
 * else from the DOM can creep in. Declared structurally, as the subset core needs.
 */
declare global {
  interface AbortSignal {
    readonly aborted: boolean;
    readonly reason: unknown;
    throwIfAborted(): void;
  }
  interface TextDecoderOptions {
    fatal?: boolean;
    ignoreBOM?: boolean;
  }
  interface TextDecoder {
    readonly encoding: string;
    decode(input?: ArrayBufferView | ArrayBuffer, options?: { stream?: boolean }): string;
  }
  var TextDecoder: {
    prototype: TextDecoder;
    new (label?: string, options?: TextDecoderOptions): TextDecoder;
  };
  interface TextEncoder {
    encode(input?: string): Uint8Array;
  }
  var TextEncoder: { prototype: TextEncoder; new (): TextEncoder };
  /** Used only to yield to the event loop during long calls, so that aborts are seen. */
  function setTimeout(handler: () => void, timeout?: number): unknown;
  var performance: { now(): number };
}

export {};
