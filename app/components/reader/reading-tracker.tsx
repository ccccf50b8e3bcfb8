"use client";

import { FinishLessonButton } from "./finish-lesson-button";
import { useReadingTracker } from "./use-reading-tracker";

/** The tracker's strings (locales/<lng>/progress.json, "tracker"). */
export interface TrackerStrings {
  prompt: string;
  finish: string;
  sending: string;
  thanks: string;
}

/**
 * Records this reader page's reading in the browser (see use-reading-tracker.ts) and, on a tracked lesson's last
 * page, offers "I have finished this lesson". It renders nothing on the server, so the cached page stays the same
 * for every reader.
 */
export function ReadingTracker({
  lessonId,
  page,
  lastPage,
  strings,
}: {
  lessonId: string;
  page: number;
  lastPage: boolean;
  strings: TrackerStrings;
}) {
  const { tracked, finish } = useReadingTracker(lessonId, page);
  return lastPage && tracked ? <FinishLessonButton strings={strings} onFinish={finish} /> : null;
}
