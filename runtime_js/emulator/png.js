/**
 * A synchronous PNG encoder, for the native canvas's `toDataURL()` in the emulator.
 *
 * The native runtime's canvas answers `toDataURL()` at once (docs/en/mini-games-sdk-canvas);
 * a worker's OffscreenCanvas only has the asynchronous `convertToBlob`. Speed does not matter
 * here (screenshots for sharing), so the image is stored uncompressed inside zlib's "stored"
 * blocks: a valid PNG any decoder reads.
 *
 * Loaded with importScripts; exposes `__pyminisEmulator.png = {encode, dataUrl}`.
 */
(() => {
  const CRC_TABLE = new Uint32Array(256).map((_, n) => {
    let c = n;
    for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });

  function crc32(bytes) {
    let c = 0xffffffff;
    for (const byte of bytes) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
    return (c ^ 0xffffffff) >>> 0;
  }

  function adler32(bytes) {
    let a = 1;
    let b = 0;
    for (let i = 0; i < bytes.length; i += 1) {
      a = (a + bytes[i]) % 65521;
      b = (b + a) % 65521;
    }
    return ((b << 16) | a) >>> 0;
  }

  const u32 = (value) => [(value >>> 24) & 255, (value >>> 16) & 255, (value >>> 8) & 255, value & 255];

  /** One PNG chunk: length, type, data, CRC of type and data. */
  function chunk(type, data) {
    const out = new Uint8Array(12 + data.length);
    const view = new DataView(out.buffer);
    view.setUint32(0, data.length);
    out.set([...type].map((ch) => ch.charCodeAt(0)), 4);
    out.set(data, 8);
    view.setUint32(8 + data.length, crc32(out.subarray(4, 8 + data.length)));
    return out;
  }

  /** zlib stream of `raw` in stored (uncompressed) deflate blocks of at most 65535 bytes. */
  function stored(raw) {
    const blocks = Math.max(1, Math.ceil(raw.length / 65535));
    const out = new Uint8Array(2 + raw.length + blocks * 5 + 4);
    out.set([0x78, 0x01], 0);
    let at = 2;
    for (let i = 0; i < blocks; i += 1) {
      const part = raw.subarray(i * 65535, Math.min(raw.length, (i + 1) * 65535));
      out.set([i === blocks - 1 ? 1 : 0, part.length & 255, part.length >>> 8,
        ~part.length & 255, (~part.length >>> 8) & 255], at);
      out.set(part, at + 5);
      at += 5 + part.length;
    }
    out.set(u32(adler32(raw)), at);
    return out;
  }

  /**
   * PNG bytes of an RGBA image.
   * @param {number} width
   * @param {number} height
   * @param {Uint8ClampedArray} rgba  width × height × 4 bytes, rows top to bottom
   * @returns {Uint8Array}
   */
  function encode(width, height, rgba) {
    const raw = new Uint8Array((width * 4 + 1) * height);
    for (let y = 0; y < height; y += 1) {
      raw[y * (width * 4 + 1)] = 0; // filter type None
      raw.set(rgba.subarray(y * width * 4, (y + 1) * width * 4), y * (width * 4 + 1) + 1);
    }
    const header = new Uint8Array([...u32(width), ...u32(height), 8, 6, 0, 0, 0]); // 8-bit RGBA
    const parts = [new Uint8Array([137, 80, 78, 71, 13, 10, 26, 10]), chunk('IHDR', header),
      chunk('IDAT', stored(raw)), chunk('IEND', new Uint8Array(0))];
    const out = new Uint8Array(parts.reduce((n, part) => n + part.length, 0));
    let at = 0;
    for (const part of parts) {
      out.set(part, at);
      at += part.length;
    }
    return out;
  }

  // Captured at load: a profile may remove btoa from the worker's globals before the game runs.
  const toBase64 = globalThis.btoa.bind(globalThis);

  /** `data:image/png;base64,…` of a canvas with a 2D context. */
  function dataUrl(canvas) {
    const { data } = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height);
    const bytes = encode(canvas.width, canvas.height, data);
    let text = '';
    for (let i = 0; i < bytes.length; i += 0x8000) {
      text += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
    }
    return `data:image/png;base64,${toBase64(text)}`;
  }

  globalThis.__pyminisEmulator = Object.assign(globalThis.__pyminisEmulator || {}, { png: { encode, dataUrl } });
})();
