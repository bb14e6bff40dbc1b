import { describe, expect, it } from "vitest";
import {
  checkCertName,
  checkCidr,
  checkHostOrIpv4,
  checkHostname,
  checkHttpUrl,
  checkIpv4,
  checkIsoDate,
  checkName,
  checkNoProxyEntry,
  checkPort,
  checkPublicAddress,
  normaliseCidr,
} from "./grammar";
import { parsePlan } from "./parse";

describe("grammar", () => {
  it.each(["tunnel.contoso.com", "a", "xn--bcher-kva.example", "a-b.c-d.io", `${"a".repeat(63)}.com`])(
    "accepts host name %s",
    (h) => {
      expect(checkHostname(h)).toBeNull();
    },
  );
  it.each([
    "",
    "-a.com",
    "a-.com",
    "a..com",
    "a.com.",
    "*.contoso.com",
    "a_b.com",
    "tun nel.com",
    "a.com;rm",
    `${"a".repeat(64)}.com`,
    "1.2.3",
    "a.123",
  ])("rejects host name %j", (h) => {
    expect(checkHostname(h)).not.toBeNull();
  });
  it("rejects host names longer than 253 characters", () => {
    expect(checkHostname(Array.from({ length: 64 }, () => "abc").join("."))).toMatch(/253/);
  });
  it.each(["0.0.0.0", "10.1.2.3", "255.255.255.255"])("accepts IPv4 %s", (ip) => expect(checkIpv4(ip)).toBeNull());
  it.each(["256.1.1.1", "010.1.1.1", "1.2.3", "1.2.3.4.5", "1.2.3.4/32", " 1.2.3.4", "a.b.c.d"])(
    "rejects IPv4 %j",
    (ip) => {
      expect(checkIpv4(ip)).not.toBeNull();
    },
  );
  it("a public address is an FQDN or IPv4", () => {
    expect(checkPublicAddress("tunnel.contoso.com")).toBeNull();
    expect(checkPublicAddress("203.0.113.10")).toBeNull();
    expect(checkPublicAddress("tunnel")).toBe(
      '"tunnel" has no domain; devices look it up in public DNS, so enter the full name, e.g. tunnel.contoso.com',
    );
  });
  it("host-or-IPv4 rejects a malformed dotted quad instead of reading it as a host name", () => {
    expect(checkHostOrIpv4("10.1.2.300")).toMatch(/IPv4/);
    expect(checkHostOrIpv4("10.1.2.3")).toBeNull();
    expect(checkHostOrIpv4("proxy.corp")).toBeNull();
  });
  it("CIDR with host bits set names the network that was probably meant", () => {
    expect(checkCidr("10.1.2.3/16")).toBe(
      "10.1.2.3/16 is an address inside the network 10.1.0.0/16, not its start; did you mean 10.1.0.0/16?",
    );
    expect(checkCidr("192.168.1.1/24")).toMatch(/did you mean 192\.168\.1\.0\/24\?$/);
  });
  it("a network written with a subnet mask or as a range says how to write it", () => {
    expect(checkCidr("10.0.0.0/255.0.0.0")).toBe('"10.0.0.0/255.0.0.0" uses a subnet mask; write it as 10.0.0.0/8');
    expect(checkCidr("10.1.2.3 / 255.255.0.0")).toMatch(/write it as 10\.1\.0\.0\/16$/);
    expect(checkCidr("10.0.0.1-10.0.0.50")).toMatch(/is a range; a network is written as .* e\.g\. 10\.0\.0\.0\/8/);
    expect(checkCidr("10.0.0.0/33")).toMatch(/after "\/" must be from 0 to 32/);
  });
  it.each(["10.0.0.0/8", "0.0.0.0/0", "192.168.128.0/24", "10.1.2.3/32", "10.1.2.3"])("accepts CIDR %s", (c) =>
    expect(checkCidr(c)).toBeNull(),
  );
  it.each(["10.0.0.0/33", "10.0.0.0/", "10.0.0/8", "10.0.0.0/08", "10.0.0.0/8/8", "x/8"])("rejects CIDR %j", (c) =>
    expect(checkCidr(c)).not.toBeNull(),
  );
  it("normalises a bare address to /32", () => {
    expect(normaliseCidr("10.1.2.3")).toBe("10.1.2.3/32");
    expect(normaliseCidr("10.0.0.0/8")).toBe("10.0.0.0/8");
  });
  it.each([1, 443, 65535])("accepts port %d", (p) => expect(checkPort(p)).toBeNull());
  it.each([0, 65536, -1, 1.5, Number.NaN])("rejects port %d", (p) => expect(checkPort(p)).not.toBeNull());
  it.each(["http://pac.contoso.com/proxy.pac", "https://10.1.2.3:8443/a/b.pac?x=1", "HTTP://x.io"])(
    "accepts URL %s",
    (u) => expect(checkHttpUrl(u)).toBeNull(),
  );
  it.each([
    "ftp://x.io/a",
    "http://",
    "https://x.io/a b",
    "https://x.io/$(id)'",
    "https://x.io:0/",
    "javascript:alert(1)",
    'https://x.io/"q"',
  ])("rejects URL %j", (u) => expect(checkHttpUrl(u)).not.toBeNull());
  it("names: at most 120 characters, no control characters", () => {
    expect(checkName("Contoso rollout")).toBeNull();
    expect(checkName("x".repeat(120))).toBeNull();
    expect(checkName("x".repeat(121))).toMatch(/120/);
    expect(checkName("a\nb")).toMatch(/line breaks/);
    expect(checkName("a\u0007b")).toMatch(/line breaks/);
  });
  it("names reject bidi overrides and zero-width characters, naming the code point", () => {
    expect(checkName("Contoso\u202egnp.exe")).toMatch(/invisible characters \(U\+202E/);
    expect(checkName("Con\u200btoso")).toMatch(/U\+200B/);
    expect(checkName("\u2067Site\u2069")).toMatch(/U\+2067/);
    expect(checkName("\ufeffPrimary")).toMatch(/U\+FEFF/);
    expect(checkName("Zürich – Standort 1 (東京)")).toBeNull();
  });
  it("a plan whose site name hides a bidi override is refused at that site's name", () => {
    const r = parsePlan({ name: "ok", sites: [{ name: "HQ\u202e" }] });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.issues.map((i) => i.path)).toEqual(["sites.0.name"]);
  });
  it("certificate names allow wildcards for the rule to judge, and IPv4", () => {
    expect(checkCertName("*.contoso.com")).toBeNull();
    expect(checkCertName("cont*.com")).toBeNull();
    expect(checkCertName("203.0.113.10")).toBeNull();
    expect(checkCertName("a b.com")).not.toBeNull();
    expect(checkCertName("")).not.toBeNull();
  });
  it("no-proxy entries: hosts, .domains, IPv4 and CIDRs", () => {
    for (const ok of ["localhost", ".corp.contoso.com", "127.0.0.1", "10.0.0.0/8"])
      expect(checkNoProxyEntry(ok)).toBeNull();
    for (const bad of ["*", "10.0.0.1/8", "a b", "$(id)"]) expect(checkNoProxyEntry(bad)).not.toBeNull();
  });
  it("dates must be real calendar days", () => {
    expect(checkIsoDate("2024-02-29")).toBeNull();
    expect(checkIsoDate("2023-02-29")).not.toBeNull();
    expect(checkIsoDate("2024-2-1")).not.toBeNull();
  });

  it('messages name what is wrong in plain words: no "label", no bare "CIDR", an example where the form is not obvious', () => {
    const bad = [
      "-a.com",
      "a-.com",
      "a..com",
      "a.com.",
      "*.contoso.com",
      "a_b.com",
      "tun nel.com",
      `${"a".repeat(64)}.com`,
      "a.123",
      "bücher.de",
      "http://x.io:8080/a",
      "x:8080",
    ];
    const messages = [
      ...bad.map(checkHostname),
      ...bad.filter((b) => b !== "a.123").map((b) => checkCertName(b.replace("*", "_"))),
      ...["10.0.0/8", "x/8", "10.0.0.0/8/8", "10.0.0.1-10.0.0.50", "10.0.0.0/33"].map(checkCidr),
      ...["1.2.3", "dns", "10.0.0.53/32"].map(checkIpv4),
      ...["ftp://x.io/a", "https://x.io/a b"].map(checkHttpUrl),
    ];
    for (const m of messages) {
      expect(m).not.toBeNull();
      expect(m).not.toMatch(/\blabel\b|CIDR|RFC|octet/i);
    }
    expect(checkHostname("a_b.com")).toBe(
      '"a_b.com" contains "_"; a host name may only contain letters a-z, digits, hyphens and dots',
    );
    expect(checkHostname("https://tunnel.contoso.com/")).toBe(
      '"https://tunnel.contoso.com/" is a web address; enter only the host name, e.g. tunnel.contoso.com',
    );
    expect(checkHostname("proxy.contoso.com:8080")).toBe(
      '"proxy.contoso.com:8080" includes a port; enter only the host name proxy.contoso.com, without ":8080"',
    );
    expect(checkIpv4("10.0.0.53/32")).toBe('"10.0.0.53/32" is a network; enter one address, e.g. 10.0.0.53');
    expect(checkCidr("x/8")).toMatch(/e\.g\. 10\.0\.0\.0\/8/);
  });
});
