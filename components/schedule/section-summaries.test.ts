import { describe, expect, it } from "vitest";
import { translator } from "@/lib/i18n/catalogs";
import { defaultScheduleValues } from "@/lib/schemas/meeting";
import { advancedSummary, seatsSummary, settingsSummary } from "./section-summaries";

const en = translator("en");
const defaults = defaultScheduleValues(Date.UTC(2027, 0, 4), "UTC", { maxSeats: 20 });

describe("collapsed section summaries", () => {
  it("say Defaults for the form's starting values", () => {
    expect(settingsSummary(en, defaults.settings)).toBe("Defaults");
    expect(seatsSummary(en, defaults.seats)).toBe("Seats off");
    expect(advancedSummary(en, defaults)).toBe("Defaults");
  });

  it("name each switched-off feature in the table's order", () => {
    const settings = { ...defaults.settings, cloudRecordingDisabled: true, audioDisabled: true };
    expect(settingsSummary(en, settings)).toBe("Mic off for all · No cloud recording");
  });

  it("give the seat count and mode once seats are on", () => {
    expect(seatsSummary(en, { enabled: true, maxSeatCount: 12, takeSeatMode: "FreeToTake" })).toBe(
      "12 seats · Free to take",
    );
    expect(seatsSummary(en, { enabled: true, maxSeatCount: 1, takeSeatMode: "ApplyToTake" })).toBe(
      "1 seat · Apply to take",
    );
    // A cleared count input is NaN in the form; the line still says seats are on.
    expect(seatsSummary(en, { enabled: true, maxSeatCount: Number.NaN, takeSeatMode: "ApplyToTake" })).toBe(
      "Seats on · Apply to take",
    );
  });

  it("list the owner, the member cap and custom info when set", () => {
    expect(advancedSummary(en, { owner: " alice ", maxMemberCount: 50, customInfo: '{"a":1}' })).toBe(
      "Owner alice · Up to 50 members · Custom info set",
    );
    expect(advancedSummary(en, { owner: "", maxMemberCount: Number.NaN, customInfo: "  " })).toBe("Defaults");
  });

  it("speak Japanese and Chinese", () => {
    expect(settingsSummary(translator("ja"), { ...defaults.settings, videoDisabled: true })).toBe(
      "全員のビデオをオフ",
    );
    expect(
      seatsSummary(translator("zh-Hans"), { enabled: true, maxSeatCount: 8, takeSeatMode: "FreeToTake" }),
    ).toBe("8 个麦位 · 自由上麦");
  });
});
