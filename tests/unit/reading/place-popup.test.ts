import { describe, expect, it } from "vitest";
import { placePopup } from "@/lib/reading/place-popup";

const phone = { top: 1000, left: 0, width: 400, height: 800 };
const word = (top: number, left = 40) => ({ top, bottom: top + 20, left, right: left + 50 });
const card = { width: 300, height: 200 };

describe("placePopup", () => {
  it("puts the popup just below the word when there is room", () => {
    expect(placePopup(word(1100), card, phone)).toEqual({ top: 1126, left: 40, side: "below" });
  });

  it("flips it above the word near the bottom of the screen", () => {
    expect(placePopup(word(1700), card, phone)).toEqual({ top: 1494, left: 40, side: "above" });
  });

  it("keeps it inside the screen near the right edge", () => {
    expect(placePopup(word(1100, 380), card, phone).left).toBe(92);
    expect(placePopup(word(1100, 0), { width: 500, height: 100 }, phone).left).toBe(8);
  });

  it("keeps it inside the Dutch column when it fits there, clear of the English", () => {
    const dutch = { top: 0, bottom: 5000, left: 100, right: 450 };
    const desktop = { top: 0, left: 0, width: 1200, height: 800 };
    expect(placePopup(word(100, 400), card, desktop, dutch).left).toBe(150);
  });

  it("scrolls inside the roomier side when it fits on neither", () => {
    const tall = { width: 300, height: 900 };
    expect(placePopup(word(1200), tall, phone)).toEqual({ top: 1226, left: 40, side: "below", maxHeight: 566 });
    expect(placePopup(word(1600), tall, phone)).toEqual({ top: 1008, left: 40, side: "above", maxHeight: 586 });
  });
});
