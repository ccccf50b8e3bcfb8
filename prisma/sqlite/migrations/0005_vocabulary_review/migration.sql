-- CreateTable
CREATE TABLE "WordStatus" (
    "userId" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "updatedAt" DATETIME NOT NULL,

    PRIMARY KEY ("userId", "key"),
    CONSTRAINT "WordStatus_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "WordStatusChange" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "userId" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "at" DATETIME NOT NULL,
    CONSTRAINT "WordStatusChange_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ReviewCard" (
    "itemId" TEXT NOT NULL PRIMARY KEY,
    "userId" TEXT NOT NULL,
    "due" DATETIME NOT NULL,
    "stability" REAL NOT NULL,
    "difficulty" REAL NOT NULL,
    "elapsedDays" INTEGER NOT NULL,
    "scheduledDays" INTEGER NOT NULL,
    "learningSteps" INTEGER NOT NULL,
    "reps" INTEGER NOT NULL,
    "lapses" INTEGER NOT NULL,
    "state" INTEGER NOT NULL,
    "lastReview" DATETIME,
    CONSTRAINT "ReviewCard_itemId_fkey" FOREIGN KEY ("itemId") REFERENCES "VocabularyItem" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "ReviewCard_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ReviewLog" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "itemId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "rating" INTEGER NOT NULL,
    "state" INTEGER NOT NULL,
    "due" DATETIME NOT NULL,
    "stability" REAL NOT NULL,
    "difficulty" REAL NOT NULL,
    "stabilityAfter" REAL NOT NULL,
    "difficultyAfter" REAL NOT NULL,
    "elapsedDays" INTEGER NOT NULL,
    "lastElapsedDays" INTEGER NOT NULL,
    "scheduledDays" INTEGER NOT NULL,
    "learningSteps" INTEGER NOT NULL,
    "review" DATETIME NOT NULL,
    "direction" TEXT NOT NULL DEFAULT 'recognition',
    CONSTRAINT "ReviewLog_itemId_fkey" FOREIGN KEY ("itemId") REFERENCES "VocabularyItem" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "ReviewLog_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "LearnerSettings" (
    "userId" TEXT NOT NULL PRIMARY KEY,
    "newCardsPerDay" INTEGER NOT NULL DEFAULT 20,
    "reviewsPerDay" INTEGER NOT NULL DEFAULT 200,
    "dayStartHour" INTEGER NOT NULL DEFAULT 4,
    "timeZone" TEXT NOT NULL DEFAULT 'Europe/Amsterdam',
    "statusColours" BOOLEAN NOT NULL DEFAULT true,
    "productionReview" BOOLEAN NOT NULL DEFAULT false,
    CONSTRAINT "LearnerSettings_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "DeletedVocabulary" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "userId" TEXT NOT NULL,
    "snapshot" TEXT NOT NULL,
    "deletedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "DeletedVocabulary_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_VocabularyContext" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "itemId" TEXT NOT NULL,
    "lessonId" TEXT,
    "form" TEXT NOT NULL,
    "sentence" TEXT NOT NULL,
    "english" TEXT NOT NULL DEFAULT '',
    "paragraphId" TEXT,
    "sentencePosition" INTEGER,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "VocabularyContext_itemId_fkey" FOREIGN KEY ("itemId") REFERENCES "VocabularyItem" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "VocabularyContext_lessonId_fkey" FOREIGN KEY ("lessonId") REFERENCES "Lesson" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_VocabularyContext" ("createdAt", "form", "id", "itemId", "lessonId", "sentence") SELECT "createdAt", "form", "id", "itemId", "lessonId", "sentence" FROM "VocabularyContext";
DROP TABLE "VocabularyContext";
ALTER TABLE "new_VocabularyContext" RENAME TO "VocabularyContext";
CREATE UNIQUE INDEX "VocabularyContext_itemId_sentence_key" ON "VocabularyContext"("itemId", "sentence");
CREATE INDEX "VocabularyContext_itemId_lessonId_idx" ON "VocabularyContext"("itemId", "lessonId");
CREATE INDEX "VocabularyContext_lessonId_idx" ON "VocabularyContext"("lessonId");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE INDEX "WordStatusChange_userId_at_idx" ON "WordStatusChange"("userId", "at");

-- CreateIndex
CREATE INDEX "ReviewCard_userId_due_idx" ON "ReviewCard"("userId", "due");

-- CreateIndex
CREATE INDEX "ReviewLog_userId_review_rating_state_idx" ON "ReviewLog"("userId", "review", "rating", "state");

-- CreateIndex
CREATE INDEX "ReviewLog_itemId_review_idx" ON "ReviewLog"("itemId", "review");

-- CreateIndex
CREATE INDEX "DeletedVocabulary_userId_idx" ON "DeletedVocabulary"("userId");

-- CreateIndex
CREATE INDEX "DeletedVocabulary_deletedAt_idx" ON "DeletedVocabulary"("deletedAt");


-- The learner's phrases (multi-word keys), which the reader's marks look for on every page (Prisma's schema cannot
-- express a partial index; `npm run db:migration` diffs the schema, so it leaves this one alone).
CREATE INDEX "WordStatus_phrases" ON "WordStatus"("userId", "key") WHERE instr("key", ' ') > 0;

-- Words saved before statuses existed are "learning", each with a new card due from when it was saved.
INSERT INTO "WordStatus" ("userId", "key", "status", "updatedAt")
SELECT "userId", "key", 'learning', "createdAt" FROM "VocabularyItem";

INSERT INTO "ReviewCard" ("itemId", "userId", "due", "stability", "difficulty", "elapsedDays", "scheduledDays",
                          "learningSteps", "reps", "lapses", "state", "lastReview")
SELECT "id", "userId", "createdAt", 0, 0, 0, 0, 0, 0, 0, 0, NULL FROM "VocabularyItem";

INSERT INTO "WordStatusChange" ("id", "userId", "key", "status", "at")
SELECT lower(hex(randomblob(12))), "userId", "key", 'learning', "createdAt" FROM "VocabularyItem";
