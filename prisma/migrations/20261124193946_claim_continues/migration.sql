-- AlterTable
ALTER TABLE "claims" ADD COLUMN     "continues_id" INTEGER;

-- CreateIndex
CREATE INDEX "claims_continues_id_idx" ON "claims"("continues_id");

-- AddForeignKey
ALTER TABLE "claims" ADD CONSTRAINT "claims_continues_id_fkey" FOREIGN KEY ("continues_id") REFERENCES "claims"("id") ON DELETE SET NULL ON UPDATE CASCADE;
