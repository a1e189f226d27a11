-- CreateTable
CREATE TABLE "AccountSnapshot" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "region" TEXT NOT NULL,
    "takenAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "ok" BOOLEAN NOT NULL,
    "error" TEXT,
    "production" BOOLEAN,
    "sendingEnabled" BOOLEAN,
    "enforcementStatus" TEXT,
    "max24HourSend" REAL,
    "maxSendRate" REAL,
    "sentLast24Hours" REAL,
    "reviewStatus" TEXT,
    "reviewCaseId" TEXT
);

-- CreateIndex
CREATE INDEX "AccountSnapshot_region_takenAt_idx" ON "AccountSnapshot"("region", "takenAt");
