import fc from "fast-check";

/**
 * Schedule-form payloads that are almost right: each field is sometimes valid, sometimes past a limit,
 * sometimes hostile (markup, SQL, path tricks, prototype keys). Shared by the in-process and the HTTP fuzz.
 */
export const malformedSchedulePayload = fc.record(
  {
    intentId: fc.oneof(fc.string(), fc.uuid()),
    roomId: fc.oneof(
      fc.string(),
      fc.constant("日".repeat(17)),
      fc.constant("a".repeat(49)),
      fc.constant("../../etc"),
    ),
    roomName: fc.oneof(
      fc.string(),
      fc.constant("<img src=x onerror=alert(1)>"),
      fc.constant("'; DROP TABLE audit_log;--"),
    ),
    owner: fc.oneof(fc.string(), fc.constant("bad owner!")),
    invitees: fc.oneof(fc.array(fc.string(), { maxLength: 4 }), fc.anything()),
    schedule: fc.oneof(
      fc.record({
        date: fc.string(),
        time: fc.string(),
        timeZone: fc.string(),
        durationMinutes: fc.anything(),
      }),
      fc.constant({ date: "2020-01-01", time: "09:00", timeZone: "UTC", durationMinutes: 30 }),
      fc.constant({ date: "2099-03-29", time: "02:30", timeZone: "Europe/Berlin", durationMinutes: 30 }),
    ),
    settings: fc.anything(),
    seats: fc.oneof(
      fc.constant({ enabled: true, maxSeatCount: 21, takeSeatMode: "FreeToTake" }),
      fc.anything(),
    ),
    customInfo: fc.oneof(fc.string(), fc.constant("x".repeat(501))),
    ["__proto__"]: fc.constant({ polluted: true }),
  },
  { requiredKeys: [] },
);
