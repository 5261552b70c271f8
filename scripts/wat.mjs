// The WebAssembly text format to bytes, with wabt (a dev dependency): shared
// by the build script and the test that holds the committed bytes to the source.
import wabtInit from 'wabt';

/** @param {string} text @param {string} name @returns {Promise<Uint8Array>} */
export async function assembleWat(text, name) {
  const wabt = await wabtInit();
  const module = wabt.parseWat(name, text);
  try {
    module.validate();
    return module.toBinary({}).buffer;
  } finally {
    module.destroy();
  }
}
