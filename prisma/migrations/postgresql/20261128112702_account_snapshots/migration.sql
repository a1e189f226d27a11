-- CreateTable
CREATE TABLE "AccountSnapshot" (
    "id" TEXT NOT NULL,
    "region" TEXT NOT NULL,
    "takenAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "ok" BOOLEAN NOT NULL,
    "error" TEXT,
    "production" BOOLEAN,
    "sendingEnabled" BOOLEAN,
    "enforcementStatus" TEXT,
    "max24HourSend" DOUBLE PRECISION,
    "maxSendRate" DOUBLE PRECISION,
    "sentLast24Hours" DOUBLE PRECISION,
    "reviewStatus" TEXT,
    "reviewCaseId" TEXT,

    CONSTRAINT "AccountSnapshot_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "AccountSnapshot_region_takenAt_idx" ON "AccountSnapshot"("region", "takenAt");
