-- AlterTable
ALTER TABLE "claims" ADD COLUMN     "cluster_id" INTEGER;

-- CreateTable
CREATE TABLE "claim_clusters" (
    "id" SERIAL NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "claim_clusters_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "claims_cluster_id_idx" ON "claims"("cluster_id");

-- AddForeignKey
ALTER TABLE "claims" ADD CONSTRAINT "claims_cluster_id_fkey" FOREIGN KEY ("cluster_id") REFERENCES "claim_clusters"("id") ON DELETE SET NULL ON UPDATE CASCADE;
