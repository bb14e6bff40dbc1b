import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseProxyAddress } from "./proxy-address";

describe("parseProxyAddress", () => {
  it.each([
    ["http://proxy.contoso.com:8080", { address: "proxy.contoso.com", port: 8080 }],
    ["http://proxy.contoso.com:8080/", { address: "proxy.contoso.com", port: 8080 }],
    ["HTTPS://10.10.10.1:3128/", { address: "10.10.10.1", port: 3128 }],
    ["proxy.contoso.com:3128", { address: "proxy.contoso.com", port: 3128 }],
    ["  10.10.10.1:3128  ", { address: "10.10.10.1", port: 3128 }],
    ["http://proxy.contoso.com", { address: "proxy.contoso.com", port: null }],
    ["http://proxy:99999", { address: "proxy", port: 99999 }],
  ])("splits %j", (text, parts) => {
    expect(parseProxyAddress(text)).toEqual(parts);
  });

  it.each([
    "proxy.contoso.com",
    "10.10.10.1",
    "",
    "http://user:secret@proxy:8080",
    "http://proxy:8080/path",
    "ftp://proxy:21",
    "proxy:port",
    "a b:80",
  ])("leaves %j for the field's own check", (text) => {
    expect(parseProxyAddress(text)).toBeNull();
  });

  it("any host and port written as a URL splits back into the same host and port", () => {
    const host = fc.oneof(fc.domain(), fc.ipV4());
    fc.assert(
      fc.property(
        host,
        fc.integer({ min: 1, max: 65535 }),
        fc.constantFrom("http://", "https://", "HTTP://", ""),
        fc.constantFrom("", "/"),
        (h, port, scheme, slash) => {
          expect(parseProxyAddress(`${scheme}${h}:${port}${scheme ? slash : ""}`)).toEqual({ address: h, port });
        },
      ),
    );
  });
});
