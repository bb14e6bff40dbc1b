// @peculiar/x509 needs the reflect polyfill before its first import and a WebCrypto provider; both exist in the
// browser and in Node 20 (toolchain.md §6 item 9). Import x509 only through this module.
import "reflect-metadata";
import * as x509 from "@peculiar/x509";

x509.cryptoProvider.set(globalThis.crypto);

export { x509 };
