-- DropIndex
DROP INDEX "articles_published_at_idx";

-- CreateIndex
CREATE INDEX "articles_published_at_id_idx" ON "articles"("published_at", "id");
