import { createInstance, type TFunction } from "i18next";
import type { UiLanguage } from "./languages";
import { NAMESPACES, resources, type Namespace } from "./resources";

const instances = new Map<UiLanguage, ReturnType<typeof createInstance>>();

/**
 * One initialised i18next instance per language, shared by all requests: resources are static, and an instance
 * is never switched to another language, so sharing it is safe and saves re-initialising on every request.
 */
function instanceFor(lng: UiLanguage) {
  let instance = instances.get(lng);
  if (!instance) {
    instance = createInstance();
    void instance.init({
      lng,
      fallbackLng: "en",
      ns: NAMESPACES,
      defaultNS: "common",
      resources,
      initAsync: false,
      interpolation: { escapeValue: false }, // React escapes; we never inject strings as HTML.
      returnNull: false,
    });
    instances.set(lng, instance);
  }
  return instance;
}

/**
 * Translations already made, by language, namespace, key and options. i18next spends ~50 µs on a call with a count
 * (plural rules, interpolation), which made a class's 600-cell progress table take 150 ms to word; the strings are
 * static, so the same call always gives the same text. Emptied when full, so it cannot grow without bound.
 */
const made = new Map<string, string>();
const MAX_MADE = 20_000;

function rememberable(options: unknown): options is Record<string, string | number | boolean> | undefined {
  if (options === undefined) return true;
  if (typeof options !== "object" || options === null || "returnObjects" in options) return false;
  return Object.values(options).every((value) => ["string", "number", "boolean"].includes(typeof value));
}

/** A translation function for one language and namespace: `getT("nl", "reader")("hideTranslation")`. */
export function getT(lng: UiLanguage, ns: Namespace): TFunction {
  // Called the way callers call it; typed loosely here as it only passes their arguments on.
  const t = instanceFor(lng).getFixedT(lng, ns) as unknown as (key: unknown, options?: unknown) => unknown;
  const remembering = (key: unknown, options?: unknown): unknown => {
    if (typeof key !== "string" || !rememberable(options)) return t(key, options);
    const id = `${lng}\u0000${ns}\u0000${key}\u0000${options === undefined ? "" : JSON.stringify(options)}`;
    let text = made.get(id);
    if (text === undefined) {
      text = String(t(key, options));
      if (made.size >= MAX_MADE) made.clear();
      made.set(id, text);
    }
    return text;
  };
  // The same calls as i18next's own function, answered from `made` when they were made before.
  return remembering as unknown as TFunction;
}
