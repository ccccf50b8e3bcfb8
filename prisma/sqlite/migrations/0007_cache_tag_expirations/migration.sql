-- CreateTable
CREATE TABLE "CacheTagExpiration" (
    "tag" TEXT NOT NULL PRIMARY KEY,
    "expiredAt" BIGINT NOT NULL
);

