-- CreateTable
CREATE TABLE "ClassProgress" (
    "classId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "lessonId" TEXT NOT NULL,
    "paragraphsSeen" INTEGER NOT NULL,
    "furthest" INTEGER,
    "seconds" INTEGER NOT NULL,
    "finishes" INTEGER NOT NULL,
    "lookups" INTEGER NOT NULL,
    "saves" INTEGER NOT NULL,
    "lastActivityAt" DATETIME NOT NULL,

    PRIMARY KEY ("classId", "userId", "lessonId"),
    CONSTRAINT "ClassProgress_classId_fkey" FOREIGN KEY ("classId") REFERENCES "Classroom" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "ClassProgress_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "ClassProgress_lessonId_fkey" FOREIGN KEY ("lessonId") REFERENCES "Lesson" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "ClassProgress_userId_lessonId_idx" ON "ClassProgress"("userId", "lessonId");

