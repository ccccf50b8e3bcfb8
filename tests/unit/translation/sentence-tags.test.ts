import { describe, expect, it } from "vitest";
import { splitSentences } from "@/lib/text/sentences";
import { decodeXml, stripTags, tagSentences, untagSentences } from "@/lib/translation/sentence-tags";

/** Sentences of an untagged result joined by " | ", or null. */
function untagged(tagged: string): string | null {
  const result = untagSentences(tagged);
  return result && result.sentences.map(({ start, end }) => result.text.slice(start, end)).join(" | ");
}

describe("tagSentences", () => {
  it("wraps each sentence and escapes markup characters", () => {
    const text = "Tom & Jerry <3. Dat is 1 > 0! Klaar";
    expect(tagSentences(text, splitSentences(text))).toBe(
      "<s>Tom &amp; Jerry &lt;3.</s> <s>Dat is 1 &gt; 0!</s> <s>Klaar</s>",
    );
  });

  it("gives back the paragraph exactly once the tags are removed", () => {
    const text = "  Eerste zin.   Tweede zin?  ";
    expect(stripTags(tagSentences(text, splitSentences(text)))).toBe(text);
  });
});

describe("untagSentences", () => {
  it("reads the text and one span per sentence tag", () => {
    const result = untagSentences("<s>Tom &amp; Jerry.</s> <s> It is 1 &gt; 0! </s>");
    expect(result?.text).toBe("Tom & Jerry.  It is 1 > 0! ");
    expect(untagged("<s>Tom &amp; Jerry.</s> <s> It is 1 &gt; 0! </s>")).toBe("Tom & Jerry. | It is 1 > 0!");
  });

  it("accepts a bare > in the text", () => {
    expect(untagged("<s>It is 1 > 0.</s>")).toBe("It is 1 > 0.");
  });

  it("puts a space between sentences whose tags touch", () => {
    expect(untagSentences("<s>Yes.</s><s>No.</s>")?.text).toBe("Yes. No.");
    expect(untagged("<s>Yes.</s><s>No.</s>")).toBe("Yes. | No.");
  });

  it("keeps an empty sentence tag as an empty span", () => {
    expect(untagSentences("<s>Yes and no.</s> <s></s>")?.sentences).toEqual([
      { start: 0, end: 11 },
      { start: 12, end: 12 },
    ]);
  });

  it.each([
    ["another tag", "<s>Yes <b>now</b>.</s>"],
    ["nesting", "<s>Yes <s>now</s>.</s>"],
    ["an unclosed tag", "<s>Yes. <s>No."],
    ["a closing tag without opening", "Yes.</s>"],
    ["a stray angle bracket", "<s>1 < 2</s>"],
  ])("refuses markup with %s", (_reason, tagged) => {
    expect(untagSentences(tagged)).toBeNull();
  });
});

describe("decodeXml", () => {
  it("decodes the XML entities and character references, and leaves other ampersands alone", () => {
    expect(decodeXml("&lt;&gt;&amp;&quot;&apos;&#233;&#x2014; &nbsp; R&D")).toBe(`<>&"'é— &nbsp; R&D`);
  });
});
