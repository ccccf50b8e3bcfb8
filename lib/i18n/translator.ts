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

/** A translation function for one language and namespace: `getT("nl", "reader")("hideTranslation")`. */
export function getT(lng: UiLanguage, ns: Namespace): TFunction {
  return instanceFor(lng).getFixedT(lng, ns);
}
