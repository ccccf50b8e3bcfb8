import { describe, expect, it } from "vitest";
import { clientAddressFrom, normalizeAddress, UNKNOWN_ADDRESS } from "@/lib/auth/client-address";
import { parseTrustedProxies } from "@/lib/auth/trusted-proxies";

describe("clientAddressFrom", () => {
  it("with no trusted proxy, reads the address Next wrote from the connection", () => {
    expect(clientAddressFrom("203.0.113.9", 0)).toBe("203.0.113.9");
    expect(clientAddressFrom("::ffff:127.0.0.1", 0)).toBe("127.0.0.1");
  });

  it("behind trusted proxies, takes the entry the nearest of them vouches for, not what the client wrote", () => {
    expect(clientAddressFrom("6.6.6.6, 203.0.113.9", 1)).toBe("203.0.113.9");
    expect(clientAddressFrom("6.6.6.6, 203.0.113.9, 10.0.0.2", 2)).toBe("203.0.113.9");
    expect(clientAddressFrom(" 203.0.113.9 ,10.0.0.2 ", 2)).toBe("203.0.113.9");
  });

  it("takes the leftmost entry when there are fewer entries than proxies", () => {
    expect(clientAddressFrom("203.0.113.9", 2)).toBe("203.0.113.9");
  });

  it("gives one shared key when there is no usable address", () => {
    expect(clientAddressFrom(null, 0)).toBe(UNKNOWN_ADDRESS);
    expect(clientAddressFrom("", 1)).toBe(UNKNOWN_ADDRESS);
    expect(clientAddressFrom("not an address", 0)).toBe(UNKNOWN_ADDRESS);
    expect(clientAddressFrom("1.2.3.4, unknown", 1)).toBe(UNKNOWN_ADDRESS);
  });
});

describe("normalizeAddress", () => {
  it("keeps IPv4, and reads IPv4 written as IPv6", () => {
    expect(normalizeAddress("192.0.2.1")).toBe("192.0.2.1");
    expect(normalizeAddress("::ffff:192.0.2.1")).toBe("192.0.2.1");
    expect(normalizeAddress("::FFFF:c000:0201")).toBe("192.0.2.1");
  });

  it("counts an IPv6 address by its /64 network, whatever way it is written", () => {
    expect(normalizeAddress("2001:db8:1:2:3:4:5:6")).toBe("2001:db8:1:2::/64");
    expect(normalizeAddress("2001:DB8:1:2::ffff")).toBe("2001:db8:1:2::/64");
    expect(normalizeAddress("2001:0db8:0001:0002:0000:0000:0000:0001")).toBe("2001:db8:1:2::/64");
    expect(normalizeAddress("2001:db8::1")).toBe("2001:db8:0:0::/64");
    expect(normalizeAddress("::1")).toBe("0:0:0:0::/64");
  });

  it("drops ports and zones", () => {
    expect(normalizeAddress("192.0.2.1:5678")).toBe("192.0.2.1");
    expect(normalizeAddress("[2001:db8:1:2::1]:443")).toBe("2001:db8:1:2::/64");
    expect(normalizeAddress("fe80::1%eth0")).toBe("fe80:0:0:0::/64");
  });

  it("refuses what is not an address", () => {
    expect(normalizeAddress("example.com")).toBeNull();
    expect(normalizeAddress("999.1.1.1")).toBeNull();
    expect(normalizeAddress("1.2.3.4.5")).toBeNull();
  });
});

describe("parseTrustedProxies", () => {
  it("is 0 unless set, and a small whole number when set", () => {
    expect(parseTrustedProxies(undefined)).toBe(0);
    expect(parseTrustedProxies(" ")).toBe(0);
    expect(parseTrustedProxies("1")).toBe(1);
    expect(parseTrustedProxies(" 2 ")).toBe(2);
  });

  it("refuses anything else with a readable message", () => {
    for (const value of ["true", "-1", "1.5", "10", "loopback"]) {
      expect(() => parseTrustedProxies(value)).toThrow(`Invalid TRUST_PROXY "${value}"`);
    }
  });
});
