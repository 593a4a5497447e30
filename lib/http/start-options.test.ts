import { describe, expect, it } from "vitest";
import { parseStartOptions, selfOrigin } from "./start-options.mjs";

describe("server.mjs takes next start's flags", () => {
  it("reads -H, -p and --keepAliveTimeout in both spellings, $PORT and the default", () => {
    expect(parseStartOptions([], {})).toEqual({
      hostname: undefined,
      port: 3000,
      keepAliveTimeout: undefined,
    });
    expect(parseStartOptions([], { PORT: "4000" }).port).toBe(4000);
    expect(parseStartOptions(["-H", "127.0.0.1", "-p", "3100"], { PORT: "4000" })).toEqual({
      hostname: "127.0.0.1",
      port: 3100,
      keepAliveTimeout: undefined,
    });
    expect(parseStartOptions(["--hostname=::1", "--port=0", "--keepAliveTimeout", "65000"], {})).toEqual({
      hostname: "::1",
      port: 0,
      keepAliveTimeout: 65000,
    });
  });

  it("refuses bad values and unknown flags, naming them", () => {
    expect(() => parseStartOptions(["-p", "70000"], {})).toThrow(
      "-p must be a whole number from 0 to 65535 (got 70000)",
    );
    expect(() => parseStartOptions(["--port"], {})).toThrow(
      "--port must be a whole number from 0 to 65535 (got nothing)",
    );
    expect(() => parseStartOptions([], { PORT: "http" })).toThrow("PORT must be a whole number");
    expect(() => parseStartOptions(["--keepAliveTimeout=0"], {})).toThrow("--keepAliveTimeout must be");
    expect(() => parseStartOptions(["-H"], {})).toThrow("-H needs a host name or address");
    expect(() => parseStartOptions(["--turbo"], {})).toThrow("unknown option --turbo");
  });

  it("computes the origin Next fetches itself on, as next start does", () => {
    expect(selfOrigin("127.0.0.1", { address: "127.0.0.1", family: "IPv4", port: 3100 })).toBe(
      "http://127.0.0.1:3100",
    );
    expect(selfOrigin(undefined, { address: "::", family: "IPv6", port: 3000 })).toBe(
      "http://localhost:3000",
    );
    expect(selfOrigin("0.0.0.0", { address: "0.0.0.0", family: "IPv4", port: 80 })).toBe(
      "http://localhost:80",
    );
    expect(selfOrigin("::", { address: "::", family: "IPv6", port: 3000 })).toBe("http://[::1]:3000");
    expect(selfOrigin("::1", { address: "::1", family: "IPv6", port: 3000 })).toBe("http://[::1]:3000");
  });
});
