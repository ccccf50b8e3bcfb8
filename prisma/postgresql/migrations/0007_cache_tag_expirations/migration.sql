-- CreateTable
CREATE TABLE "CacheTagExpiration" (
    "tag" TEXT NOT NULL,
    "expiredAt" BIGINT NOT NULL,

    CONSTRAINT "CacheTagExpiration_pkey" PRIMARY KEY ("tag")
);

