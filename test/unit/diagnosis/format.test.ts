import {
  addMonthsToDay,
  calendarDaysUntil,
  previousDay,
  secondTuesday,
  parseMonth,
} from "../../../src/diagnosis/calendar";
import { formatMessage, placeholdersOf } from "../../../src/diagnosis/format";

describe("calendar", () => {
  test.each([
    ["2025-07", "2025-07-08"],
    ["2026-02", "2026-02-10"],
    ["2026-03", "2026-03-10"],
    ["2026-09", "2026-09-08"],
    ["2026-11", "2026-11-10"],
    ["2027-01", "2027-01-12"],
  ])("the second Tuesday of %s is %s", (month, day) => {
    expect(secondTuesday(parseMonth(month))).toBe(day);
  });

  test("days left count calendar days in UTC: 1 on the last day, never a fraction", () => {
    expect(calendarDaysUntil("2027-01-01", new Date("2026-12-31T23:59:59.900Z"))).toBe(1);
    expect(calendarDaysUntil("2027-01-01", new Date("2026-12-31T00:00:00Z"))).toBe(1);
    expect(calendarDaysUntil("2027-01-01", new Date("2026-11-24T08:30:00Z"))).toBe(38);
  });

  test("month arithmetic clamps to the month's last day", () => {
    expect(addMonthsToDay("2026-11-25", 6)).toBe("2027-05-25");
    expect(addMonthsToDay("2026-08-31", 6)).toBe("2027-02-28");
    expect(previousDay("2027-01-01")).toBe("2026-12-31");
  });
});

describe("formatMessage", () => {
  test("plural picks the language's category and formats the number", () => {
    const m = "{n, plural, one {# day} other {# days}} left";
    expect(formatMessage(m, { n: 1 })).toBe("1 day left");
    expect(formatMessage(m, { n: 2 })).toBe("2 days left");
    expect(
      formatMessage("{n, plural, one {# jour} other {# jours}}", { n: 0 }, { locale: "fr-FR" })
    ).toBe("0 jour");
    expect(formatMessage(m, { n: 1200 }, { locale: "de-DE" })).toBe("1.200 days left");
  });

  test("select picks by text, falling back to other", () => {
    const m = "the {h, select, 1 {first} other {second}} half";
    expect(formatMessage(m, { h: "1" })).toBe("the first half");
    expect(formatMessage(m, { h: "2" })).toBe("the second half");
  });

  test("French writes the first of the month as an ordinal, and only the first", () => {
    const fr = (date: string) => formatMessage("le {d}", { d: { date } }, { locale: "fr-FR" });
    expect(fr("2027-01-01")).toBe("le 1er janvier 2027");
    expect(fr("2026-10-01")).toBe("le 1er octobre 2026");
    expect(fr("2026-12-31")).toBe("le 31 décembre 2026");
    expect(fr("2027-01-11")).toBe("le 11 janvier 2027");
    expect(formatMessage("{d}", { d: { date: "2027-01-01" } }, { locale: "en-US" })).toBe(
      "January 1, 2027"
    );
  });

  test("dates and months are shown in the reader's language, in UTC", () => {
    expect(formatMessage("{d}", { d: { date: "2026-12-31" } }, { locale: "de-DE" })).toBe(
      "31. Dezember 2026"
    );
    expect(formatMessage("{m}", { m: { month: "2025-10" } }, { locale: "es-ES" })).toBe(
      "octubre de 2025"
    );
  });

  test("a missing parameter stays visible", () => {
    expect(formatMessage("Hello {name}", {})).toBe("Hello {name}");
    expect(formatMessage("{n, plural, one {#} other {#}}", {})).toBe(
      "{n, plural, one {#} other {#}}"
    );
  });

  test("placeholders include plural and select arguments but not their branch words", () => {
    expect(
      placeholdersOf(
        "{a} {n, plural, one {# x} other {# {b}}} {h, select, 1 {first} other {second}}"
      )
    ).toEqual(["a", "b", "h", "n"]);
  });
});
