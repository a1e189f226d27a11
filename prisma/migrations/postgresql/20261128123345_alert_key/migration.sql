-- AlterTable
ALTER TABLE "Alert" ADD COLUMN     "key" TEXT NOT NULL;

-- CreateIndex
CREATE UNIQUE INDEX "Alert_key_key" ON "Alert"("key");
