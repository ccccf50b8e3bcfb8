"use client";

import { useRef, type HTMLAttributes, type RefObject } from "react";
import { usePopupPlacement, type PopupAnchor } from "./use-popup-placement";

/** A tooltip, card or small action beside a word, placed where it is seen whole (see usePopupPlacement). */
export function Popup({
  at,
  popupRef,
  ...attributes
}: { at: PopupAnchor; popupRef?: RefObject<HTMLDivElement | null> } & HTMLAttributes<HTMLDivElement>) {
  const own = useRef<HTMLDivElement>(null);
  const ref = popupRef ?? own;
  const style = usePopupPlacement(ref, at);
  return <div ref={ref} {...attributes} style={style} />;
}
