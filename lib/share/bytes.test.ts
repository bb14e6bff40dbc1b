import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { crc32, decodeBase64Url, encodeBase64Url } from "./bytes";

describe("base64url", () => {
  it("matches Node's base64url for any bytes and decodes back", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 64 }), (bytes) => {
        const text = encodeBase64Url(bytes);
        expect(text).toBe(Buffer.from(bytes).toString("base64url"));
        expect(decodeBase64Url(text)).toEqual(bytes);
      }),
    );
  });

  it("rejects characters outside the alphabet and lengths that cannot hold whole bytes", () => {
    expect(decodeBase64Url("ab+c")).toBe("invalid");
    expect(decodeBase64Url("ab=")).toBe("invalid");
    expect(decodeBase64Url("abcde")).toBe("truncated");
  });
});

describe("crc32", () => {
  it("matches the standard check value", () => {
    expect(crc32(new TextEncoder().encode("123456789"))).toBe(0xcbf43926);
  });
});
